package org.referralnetwork.portal.organisation.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.security.Membership;

/** Registers an organisation the first time one of its members logs in, refreshes it after. */
@Stateless
public class OrganisationRegistry {

  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  public void registerOrRefresh(Membership membership) {
    Instant now = clock.instant();
    Organisation known = em.find(Organisation.class, membership.organisationId(), LockModeType.PESSIMISTIC_WRITE);
    if (known == null) {
      em.persist(
          new Organisation(
              membership.organisationId(), membership.alias(), membership.name(), membership.kinds(), now));
    } else {
      known.refresh(membership.alias(), membership.name(), membership.kinds(), now);
    }
  }
}
