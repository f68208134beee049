package org.referralnetwork.portal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import org.referralnetwork.portal.notification.entity.NoticeKind;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.Transition;

/**
 * Writes what happened into the outbox, in the caller's transaction: the event exists exactly when
 * the change it announces committed, and nothing is sent from inside a transaction that may still
 * roll back.
 */
@ApplicationScoped
public class Outbox {

  @PersistenceContext EntityManager em;
  @Inject Event<NoticeRecorded> recorded;

  private final Clock clock = Clock.systemUTC();

  /** After a move of a referral: the referring organisation's people, or the secretariat's, hear of it. */
  public void referralMoved(Referral referral, Transition move) {
    referralMoved(referral, move, referral.getOrganisation().getId());
  }

  /** As {@link #referralMoved(Referral, Transition)}, for a move that concerns another organisation (a host). */
  public void referralMoved(Referral referral, Transition move, String organisationId) {
    NoticeKind.forMove(move).ifPresent(kind ->
        record(kind, Referral.reference(referral.getId()), referral.getId(), move.target().name(), organisationId));
  }

  /** A quota's held and used slots reached the warning share. */
  public void slotsNearlyUsed(String quotaReference, String organisationId, int percentTaken) {
    record(NoticeKind.SLOTS_NEARLY_USED, quotaReference, null, percentTaken + "%", organisationId);
  }

  private void record(NoticeKind kind, String reference, Long referralId, String detail, String organisationId) {
    Timestamp now = Timestamp.from(clock.instant());
    em.createNativeQuery(
            "INSERT INTO notification_event (kind, reference, referral_id, detail, organisation_id, created_at, next_attempt_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)")
        .setParameter(1, kind.name())
        .setParameter(2, reference)
        .setParameter(3, referralId)
        .setParameter(4, detail)
        .setParameter(5, organisationId)
        .setParameter(6, now)
        .executeUpdate();
    recorded.fire(new NoticeRecorded());
  }
}
