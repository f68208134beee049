package org.referralnetwork.portal.hosting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.referralnetwork.portal.hosting.entity.HostCapacity;
import org.referralnetwork.portal.hosting.entity.HostProfile;
import org.referralnetwork.portal.hosting.entity.HostProvision;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.organisation.entity.OrganisationRegistered;
import org.referralnetwork.portal.referral.entity.RequestLanguage;

/**
 * For the local demo only ({@code portal.demo-data=true}): the first time a host organisation logs
 * in, it finds a hosting profile and places for the next twelve months, so that the secretariat
 * can offer it the demo relocation referrals at once.
 */
@ApplicationScoped
public class DemoHosts {

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  boolean enabled;

  @PersistenceContext EntityManager em;

  void seed(@Observes OrganisationRegistered registered) {
    Organisation host = registered.organisation();
    boolean relocationHost = host.getKinds().contains(OrganisationKind.RELOCATION_HOST);
    if (!enabled || !(relocationHost || host.getKinds().contains(OrganisationKind.SHELTER_COPARTNER))) {
      return;
    }
    em.flush(); // the organisation's row first: the profile refers to it
    Instant now = Clock.systemUTC().instant();
    HostProfile profile = new HostProfile(host.getId());
    profile.describe(relocationHost
        ? new HostProfile.Offering("Madrid, Barcelona", EnumSet.allOf(HostProvision.class),
            EnumSet.of(RequestLanguage.EN, RequestLanguage.ES, RequestLanguage.FR, RequestLanguage.AR), true, true,
            "Demo host: flats near the old town.")
        : new HostProfile.Offering("Vilnius", EnumSet.of(HostProvision.REST_AND_RESPITE, HostProvision.PSYCHOSOCIAL_SUPPORT),
            EnumSet.of(RequestLanguage.EN, RequestLanguage.RU), true, false, "Demo shelter: a quiet house by the lake."),
        "demo", now);
    em.persist(profile);
    em.flush(); // the profile before its places, which refer to it
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    em.persist(new HostCapacity(host.getId(), today, today.plusMonths(12), relocationHost ? 3 : 2));
  }
}
