package org.referralnetwork.portal.referral.control;

import static org.referralnetwork.portal.referral.entity.Transition.ACCEPT;
import static org.referralnetwork.portal.referral.entity.Transition.ANSWER_INFORMATION_REQUEST;
import static org.referralnetwork.portal.referral.entity.Transition.CLOSE;
import static org.referralnetwork.portal.referral.entity.Transition.MARK_FUNDED;
import static org.referralnetwork.portal.referral.entity.Transition.RECORD_RESETTLED;
import static org.referralnetwork.portal.referral.entity.Transition.REDIRECT;
import static org.referralnetwork.portal.referral.entity.Transition.REFER_TO_CANADA;
import static org.referralnetwork.portal.referral.entity.Transition.REJECT;
import static org.referralnetwork.portal.referral.entity.Transition.REQUEST_INFORMATION;
import static org.referralnetwork.portal.referral.entity.Transition.START_REVIEW;
import static org.referralnetwork.portal.referral.entity.Transition.SUBMIT;
import static org.referralnetwork.portal.referral.entity.Transition.WITHDRAW;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.organisation.entity.OrganisationRegistered;
import org.referralnetwork.portal.protection.control.DataKeys;
import org.referralnetwork.portal.quota.control.ReferralSlots;
import org.referralnetwork.portal.quota.control.SlotLedger;
import org.referralnetwork.portal.referral.entity.Confidentiality;
import org.referralnetwork.portal.referral.entity.Defender;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.ProtectionMeasure;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralMessage;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.referral.entity.Urgency;

/**
 * For the local demo only ({@code portal.demo-data=true}, set by the run command): the first time
 * an organisation logs in, it finds fictitious referrals of the programmes it may refer to, in
 * every state of a referral's life, with their timelines, and a quota for the current year of each
 * slotted programme it may refer to, with the demo referrals' slots held and used through the same
 * ledger as real ones, so that a new user sees a living portal.
 */
@ApplicationScoped
public class DemoReferrals {

  private static final String SECRETARIAT = "rita";

  private static final List<Example> EXAMPLES =
      List.of(
          new Example("Lina Haddad", "SY", Programme.EMERGENCY_GRANT, Urgency.URGENT, RequestLanguage.AR, List.of()),
          new Example("Olga Sidorova", "BY", Programme.TEMPORARY_RELOCATION, Urgency.HIGH, RequestLanguage.RU, List.of(SUBMIT)),
          new Example("Colectivo Tierra Viva", "GT", Programme.ORGANISATIONAL_SUPPORT, Urgency.ROUTINE, RequestLanguage.ES,
              List.of(SUBMIT, START_REVIEW)),
          new Example("Joseph Mukendi", "CD", Programme.EMERGENCY_GRANT, Urgency.URGENT, RequestLanguage.FR,
              List.of(SUBMIT, START_REVIEW, REQUEST_INFORMATION)),
          new Example("Mariam Yusuf", "SD", Programme.TEMPORARY_RELOCATION, Urgency.URGENT, RequestLanguage.AR,
              List.of(SUBMIT, START_REVIEW, REQUEST_INFORMATION, ANSWER_INFORMATION_REQUEST, ACCEPT)),
          new Example("Farida Rahimi", "AF", Programme.CANADA_STREAM, Urgency.URGENT, RequestLanguage.EN,
              List.of(SUBMIT, START_REVIEW, ACCEPT, REFER_TO_CANADA)),
          new Example("Samir Nasser", "LB", Programme.CANADA_STREAM, Urgency.HIGH, RequestLanguage.AR,
              List.of(SUBMIT, START_REVIEW, ACCEPT, REFER_TO_CANADA, RECORD_RESETTLED, CLOSE)),
          new Example("Carlos Méndez", "HN", Programme.TEMPORARY_RELOCATION, Urgency.ROUTINE, RequestLanguage.ES,
              List.of(SUBMIT, START_REVIEW, REDIRECT)),
          new Example("Aigerim Nurlanova", "KZ", Programme.EMERGENCY_GRANT, Urgency.ROUTINE, RequestLanguage.RU,
              List.of(SUBMIT, START_REVIEW, ACCEPT, MARK_FUNDED, CLOSE)),
          new Example("Thandiwe Dlamini", "ZW", Programme.EMERGENCY_GRANT, Urgency.HIGH, RequestLanguage.EN,
              List.of(SUBMIT, START_REVIEW, REJECT)),
          new Example("Nguyen Thi Lan", "VN", Programme.EMERGENCY_GRANT, Urgency.HIGH, RequestLanguage.EN,
              List.of(SUBMIT, WITHDRAW)));

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  boolean enabled;

  @Inject ReferralRepository referrals;
  @Inject DefenderIdentities identities;
  @Inject DataKeys dataKeys;
  @Inject SlotLedger ledger;
  @Inject ReferralSlots slots;
  @PersistenceContext EntityManager em;

  void seed(@Observes OrganisationRegistered registered) {
    if (!enabled) {
      return;
    }
    Organisation organisation = registered.organisation();
    Instant now = Clock.systemUTC().instant();
    LocalDate yearStart = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfYear(1);
    for (Programme programme : List.of(Programme.TEMPORARY_RELOCATION, Programme.CANADA_STREAM)) {
      if (ProgrammeEligibility.mayRefer(organisation.getKinds(), programme)) {
        ledger.create(programme, organisation.getId(), yearStart, yearStart.plusYears(1).minusDays(1),
            programme == Programme.CANADA_STREAM ? 6 : 3, SECRETARIAT, now.minus(Duration.ofDays(300)), "Demo allotment");
      }
    }
    int age = 0;
    for (Example example : EXAMPLES) {
      if (ProgrammeEligibility.mayRefer(organisation.getKinds(), example.programme)) {
        seed(organisation, example, now.minus(Duration.ofHours(20L * ++age + 30L * example.path.size())));
      }
    }
  }

  private void seed(Organisation organisation, Example example, Instant start) {
    // the organisation's alias keeps demo defenders of different organisations apart
    String name = example.name + " (" + organisation.getAlias() + ")";
    Defender defender = new Defender(organisation, dataKeys.create(), name, example.country);
    identities.identify(defender, name, example.country);
    Referral referral = Referral.draft(organisation, defender, example.programme, example.urgency, example.language,
        "demo", start);
    referral.describe(new Referral.Details("Fictitious demo case: threats after documenting abuses.", example.urgency,
        example.language, EnumSet.of(ProtectionMeasure.PHYSICAL_SECURITY, ProtectionMeasure.LEGAL_AID), null,
        ProgrammeRules.hasAmount(example.programme) ? new BigDecimal("3000") : null,
        example.programme == Programme.TEMPORARY_RELOCATION ? 6 : null,
        example.programme == Programme.CANADA_STREAM ? 2 : 0, null, null, true, Confidentiality.CONFIDENTIAL, null));
    referrals.add(referral);
    em.flush();
    Instant at = start;
    for (Transition step : example.path) {
      at = at.plus(Duration.ofHours(26));
      boolean bySecretariat = step.actor() == Transition.Actor.SECRETARIAT;
      String reason = step.isReasonRequired() ? "Demo: " + step.name().toLowerCase().replace('_', ' ') : null;
      referral.apply(step, bySecretariat ? SECRETARIAT : "demo", reason, at);
      em.flush();
      if (step == SUBMIT) {
        slots.onSubmitted(referral, "demo", at);
      } else {
        slots.onMoved(referral, step, bySecretariat ? SECRETARIAT : "demo", at);
      }
      if (step == START_REVIEW) {
        referral.assignReviewer(SECRETARIAT);
      }
      if (step == REQUEST_INFORMATION || step == ANSWER_INFORMATION_REQUEST) {
        em.persist(new ReferralMessage(referral, bySecretariat ? SECRETARIAT : "demo", bySecretariat, at, reason));
      }
    }
  }

  private record Example(String name, String country, Programme programme, Urgency urgency, RequestLanguage language,
      List<Transition> path) {}
}
