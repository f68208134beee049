package org.referralnetwork.portal.hosting.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;
import org.referralnetwork.portal.hosting.control.HostPlaces.Span;
import org.referralnetwork.portal.hosting.entity.HostCapacity;
import org.referralnetwork.portal.hosting.entity.HostProfile;
import org.referralnetwork.portal.hosting.entity.HostProvision;
import org.referralnetwork.portal.hosting.entity.HostingRequest;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.protection.control.DataKeys;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.quota.control.ReferralSlots;
import org.referralnetwork.portal.quota.control.SlotLedger;
import org.referralnetwork.portal.referral.control.ReferralSubmission;
import org.referralnetwork.portal.referral.entity.Confidentiality;
import org.referralnetwork.portal.referral.entity.Defender;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.ProtectionMeasure;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.referral.entity.Urgency;

/** Test deployments only: each hosting step in a transaction of its own, as separate users make them. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HostingProbe {

  @Inject ReferralSubmission submission;
  @Inject DataKeys dataKeys;
  @Inject ReferralSlots slots;
  @Inject SlotLedger ledger;
  @Inject Offers offers;
  @Inject OfferAnswers answers;
  @Inject RelocationSteps steps;
  @Inject HostDirectory hosts;
  @PersistenceContext EntityManager em;

  public String organisation(OrganisationKind kind) {
    Organisation organisation = new Organisation(UUID.randomUUID().toString(), "it-" + kind, "IT " + kind + " " + UUID.randomUUID(),
        EnumSet.of(kind), Instant.now());
    em.persist(organisation);
    em.flush();
    if (kind == OrganisationKind.CONSORTIUM_PARTNER) {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      ledger.create(Programme.TEMPORARY_RELOCATION, organisation.getId(), today.minusDays(1), today.plusYears(1), 10,
          "tester", Instant.now(), "test allotment");
    }
    return organisation.getId();
  }

  public void hostProfile(String hostId, int places) {
    HostProfile profile = new HostProfile(hostId);
    profile.describe(new HostProfile.Offering("Test city", EnumSet.allOf(HostProvision.class),
        EnumSet.of(RequestLanguage.EN, RequestLanguage.RU), true, false, null), "tester", Instant.now());
    em.persist(profile);
    em.flush();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    em.persist(new HostCapacity(hostId, today, today.plusMonths(14), places));
  }

  /** A relocation referral of the partner, submitted and accepted: its slot is used. */
  public long acceptedRelocation(String partnerId) {
    Organisation partner = em.find(Organisation.class, partnerId);
    String name = "Defender " + UUID.randomUUID();
    Referral referral = Referral.draft(partner, new Defender(partner, dataKeys.create(), name, "BY"), Programme.TEMPORARY_RELOCATION,
        Urgency.HIGH, RequestLanguage.RU, "tester", Instant.now());
    referral.describe(new Referral.Details("risk", Urgency.HIGH, RequestLanguage.RU,
        EnumSet.of(ProtectionMeasure.REST_AND_RESPITE), null, null, 6, 0, null, null, true, Confidentiality.CONFIDENTIAL,
        null));
    em.persist(referral);
    em.flush();
    Instant now = Instant.now();
    submission.submit(referral, "tester", now);
    for (Transition step : new Transition[] {Transition.START_REVIEW, Transition.ACCEPT}) {
      referral.apply(step, "rita", null, now);
      slots.onMoved(referral, step, "rita", now);
    }
    return referral.getId();
  }

  public long offer(long referralId, String hostId) {
    HostingRequest request = new HostingRequest(LocalDate.now(ZoneOffset.UTC).plusDays(7), 6, RequestLanguage.RU,
        EnumSet.of(HostProvision.REST_AND_RESPITE), false, false, "Arrives by train.");
    return offers.offer(em.find(Referral.class, referralId), hostId, request, "rita", Instant.now()).getId();
  }

  public void withdraw(long referralId, String reason) {
    offers.withdraw(em.find(Referral.class, referralId), reason, "rita", Instant.now());
  }

  public long accept(long offerId, String hostId, String by, LocalDate start, LocalDate end) {
    return answers.accept(offerId, hostId, by, start, end, new BigDecimal("9000"), Instant.now()).getId();
  }

  public void decline(long offerId, String hostId, String by, String reason) {
    answers.decline(offerId, hostId, by, reason, Instant.now());
  }

  public void arrive(long relocationId, String hostId) {
    steps.arrive(relocationId, hostId, "hana", LocalDate.now(ZoneOffset.UTC), Instant.now());
  }

  public void endEarly(long relocationId, String hostId, String reason) {
    steps.endEarly(relocationId, hostId, "hana", LocalDate.now(ZoneOffset.UTC), reason, Instant.now());
  }

  public void recordReturn(long relocationId, String hostId) {
    steps.recordReturn(relocationId, hostId, "hana", LocalDate.now(ZoneOffset.UTC), Instant.now());
  }

  public int freePlaces(String hostId, LocalDate start, LocalDate end) {
    return hosts.freePlaces(hostId, new Span(start, end));
  }

  /** A value of one row, read fresh: {@code sql} with ?1. */
  public String text(String sql, Object parameter) {
    Object value = em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult();
    return value == null ? null : value.toString();
  }
}
