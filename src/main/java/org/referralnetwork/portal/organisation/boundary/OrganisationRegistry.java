package org.referralnetwork.portal.organisation.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.organisation.entity.OrganisationRegistered;
import org.referralnetwork.portal.security.Membership;

/** Registers an organisation the first time one of its members logs in, refreshes it after. */
@Stateless
public class OrganisationRegistry {

  @PersistenceContext private EntityManager em;
  @Inject private Event<OrganisationRegistered> registeredEvent;

  private final Clock clock = Clock.systemUTC();

  public void registerOrRefresh(Membership membership) {
    Instant now = clock.instant();
    Organisation known = em.find(Organisation.class, membership.organisationId(), LockModeType.PESSIMISTIC_WRITE);
    if (known == null) {
      Organisation registered =
          new Organisation(membership.organisationId(), membership.alias(), membership.name(), membership.kinds(), now);
      em.persist(registered);
      registeredEvent.fire(new OrganisationRegistered(registered));
    } else {
      known.refresh(membership.alias(), membership.name(), membership.kinds(), now);
    }
  }
}
