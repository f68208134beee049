package org.referralnetwork.portal.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.organisation.entity.OrganisationRegistered;
import org.referralnetwork.portal.referral.entity.Defender;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Urgency;

/**
 * For the local demo only ({@code portal.demo-data=true}, set by the run command): the first time
 * an organisation logs in, it finds a few fictitious drafts of the programmes it may refer to.
 */
@ApplicationScoped
public class DemoReferrals {

  private static final List<Example> EXAMPLES =
      List.of(
          new Example("Lina Haddad", "SY", Programme.EMERGENCY_GRANT, Urgency.URGENT, RequestLanguage.AR),
          new Example("Olga Sidorova", "BY", Programme.TEMPORARY_RELOCATION, Urgency.HIGH, RequestLanguage.RU),
          new Example("Colectivo Tierra Viva", "GT", Programme.ORGANISATIONAL_SUPPORT, Urgency.ROUTINE, RequestLanguage.ES),
          new Example("Joseph Mukendi", "CD", Programme.EMERGENCY_GRANT, Urgency.HIGH, RequestLanguage.FR),
          new Example("Mariam Yusuf", "SD", Programme.TEMPORARY_RELOCATION, Urgency.URGENT, RequestLanguage.AR),
          new Example("Farida Rahimi", "AF", Programme.CANADA_STREAM, Urgency.URGENT, RequestLanguage.EN),
          new Example("Carlos Méndez", "HN", Programme.TEMPORARY_RELOCATION, Urgency.ROUTINE, RequestLanguage.ES),
          new Example("Aigerim Nurlanova", "KZ", Programme.EMERGENCY_GRANT, Urgency.ROUTINE, RequestLanguage.RU));

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  boolean enabled;

  @Inject ReferralRepository referrals;

  void seed(@Observes OrganisationRegistered registered) {
    if (!enabled) {
      return;
    }
    Organisation organisation = registered.organisation();
    Instant now = Clock.systemUTC().instant();
    int offset = Math.floorMod(organisation.getAlias().hashCode(), EXAMPLES.size());
    int added = 0;
    for (int i = 0; i < EXAMPLES.size() && added < 3; i++) {
      Example example = EXAMPLES.get((offset + i) % EXAMPLES.size());
      if (ProgrammeEligibility.mayRefer(organisation.getKinds(), example.programme)) {
        referrals.add(
            Referral.draft(
                organisation,
                new Defender(organisation, example.name, example.country),
                example.programme,
                example.urgency,
                example.language,
                "demo",
                now.minus(Duration.ofHours(30L * (added + 1)))));
        added++;
      }
    }
  }

  private record Example(
      String name, String country, Programme programme, Urgency urgency, RequestLanguage language) {}
}
