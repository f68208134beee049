package org.referralnetwork.portal.organisation.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
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

  /**
   * The row is inserted, or locked and updated, by one statement: a new organisation's first
   * requests often come together (a case system's parallel calls), and a locking read of the
   * missing row followed by an insert made them deadlock on the gap they had all locked. The
   * statement always changes an existing row (its refresh time moves on by at least a
   * microsecond), so its count tells a registration (1) from a refresh (2).
   */
  public void registerOrRefresh(Membership membership) {
    Instant now = clock.instant();
    int written = em.createNativeQuery("INSERT INTO organisation (id, alias, name, registered_at, refreshed_at)"
            + " VALUES (?1, ?2, ?3, ?4, ?4) ON DUPLICATE KEY UPDATE alias = ?2, name = ?3,"
            + " refreshed_at = GREATEST(?4, refreshed_at + INTERVAL 1 MICROSECOND)")
        .setParameter(1, membership.organisationId())
        .setParameter(2, membership.alias())
        .setParameter(3, membership.name())
        .setParameter(4, Timestamp.from(now))
        .executeUpdate();
    Organisation organisation = em.find(Organisation.class, membership.organisationId());
    organisation.refresh(membership.alias(), membership.name(), membership.kinds(), now); // the kinds
    if (written == 1) {
      registeredEvent.fire(new OrganisationRegistered(organisation));
    }
  }
}
