package org.referralnetwork.portal.quota.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.referralnetwork.portal.notification.control.Outbox;
import org.referralnetwork.portal.notification.entity.NoticeKind;
import org.referralnetwork.portal.quota.entity.MovementKind;
import org.referralnetwork.portal.referral.entity.Programme;

/**
 * Changes a quota's figures, always together with the ledger row that records the change, in the
 * caller's transaction.
 *
 * <p>Why conditional updates: each change is one {@code UPDATE quota ... WHERE id = ? AND <the
 * change keeps held + used <= allotted>} whose row count says whether it happened. The database
 * checks and changes the row in one step under its row lock, so no interleaving of concurrent
 * submissions can overspend, no lock is held across a round trip to the application (unlike
 * SELECT ... FOR UPDATE then UPDATE), and nothing is retried (unlike an optimistic version). A
 * CHECK constraint on the table is the backstop.
 */
@ApplicationScoped
public class SlotLedger {

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "portal.notifications.slots-warning-percent", defaultValue = "80")
  int warningPercent;

  /** Holds slots for a submitted referral; false when the quota has too few left. */
  public boolean hold(long quotaId, Long referralId, int slots, String by, Instant at) {
    boolean held = change(quotaId, 0, slots, 0, "held + used + ?4 <= allotted", slots)
        && record(quotaId, referralId, MovementKind.HOLD, 0, slots, 0, by, at, null);
    if (held) {
      warnWhenNearlyUsed(quotaId, slots);
    }
    return held;
  }

  /** The partner's admins and the secretariat hear of it once, when this hold crosses the warning share. */
  private void warnWhenNearlyUsed(long quotaId, int added) {
    Object[] quota = (Object[]) em.createNativeQuery(
            "SELECT allotted, held + used, programme, organisation_id, period_start, period_end FROM quota WHERE id = ?1")
        .setParameter(1, quotaId)
        .getSingleResult();
    int allotted = ((Number) quota[0]).intValue();
    int taken = ((Number) quota[1]).intValue();
    if (NoticeKind.slotsCrossWarning(allotted, taken - added, taken, warningPercent)) {
      outbox.slotsNearlyUsed(quota[2] + " " + quota[4] + "/" + quota[5], (String) quota[3], taken * 100 / allotted);
    }
  }

  /** Gives held slots back (withdrawn, rejected, guided elsewhere). */
  public boolean releaseHold(long quotaId, Long referralId, int slots, String by, Instant at) {
    return change(quotaId, 0, -slots, 0, "held >= ?4", slots)
        && record(quotaId, referralId, MovementKind.RELEASE_HOLD, 0, -slots, 0, by, at, null);
  }

  /** Turns held slots into used ones (accepted). */
  public boolean use(long quotaId, Long referralId, int slots, String by, Instant at) {
    return change(quotaId, 0, -slots, slots, "held >= ?4", slots)
        && record(quotaId, referralId, MovementKind.USE, 0, -slots, slots, by, at, null);
  }

  /** Gives used slots back (ended early, not selected). */
  public boolean releaseUse(long quotaId, Long referralId, int slots, String by, Instant at) {
    return change(quotaId, 0, 0, -slots, "used >= ?4", slots)
        && record(quotaId, referralId, MovementKind.RELEASE_USE, 0, 0, -slots, by, at, null);
  }

  public void raise(long quotaId, int slots, MovementKind kind, String by, Instant at, String reason) {
    change(quotaId, slots, 0, 0, "?4 >= 0", slots);
    record(quotaId, null, kind, slots, 0, 0, by, at, reason);
  }

  /** Lowers the allotment; false (and nothing changed) when that would go below held + used. */
  public boolean lower(long quotaId, int slots, MovementKind kind, String by, Instant at, String reason) {
    return change(quotaId, -slots, 0, 0, "allotted - ?4 >= held + used", slots)
        && record(quotaId, null, kind, -slots, 0, 0, by, at, reason);
  }

  /** A new quota, with its allotment as the first ledger row. */
  public long create(Programme programme, String organisationId, LocalDate start, LocalDate end, int slots, String by,
      Instant at, String reason) {
    em.createNativeQuery(
            "INSERT INTO quota (programme, organisation_id, period_start, period_end, allotted, held, used)"
                + " VALUES (?1, ?2, ?3, ?4, 0, 0, 0)")
        .setParameter(1, programme.name())
        .setParameter(2, organisationId)
        .setParameter(3, java.sql.Date.valueOf(start))
        .setParameter(4, java.sql.Date.valueOf(end))
        .executeUpdate();
    long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    raise(id, slots, MovementKind.ALLOT, by, at, reason);
    return id;
  }

  /** The partner's quota for the programme whose period contains the day, if any. */
  public Optional<Long> quotaFor(Programme programme, String organisationId, LocalDate day) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM quota WHERE programme = ?1 AND organisation_id = ?2"
                    + " AND period_start <= ?3 AND period_end >= ?3 ORDER BY period_start DESC")
            .setParameter(1, programme.name())
            .setParameter(2, organisationId)
            .setParameter(3, java.sql.Date.valueOf(day))
            .getResultList();
    return ids.stream().findFirst().map(Number::longValue);
  }

  /** True when another quota of the partner for the programme overlaps the period. */
  public boolean overlaps(Programme programme, String organisationId, LocalDate start, LocalDate end, Long except) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM quota WHERE programme = ?1 AND organisation_id = ?2"
                        + " AND period_start <= ?4 AND period_end >= ?3 AND id <> ?5")
                .setParameter(1, programme.name())
                .setParameter(2, organisationId)
                .setParameter(3, java.sql.Date.valueOf(start))
                .setParameter(4, java.sql.Date.valueOf(end))
                .setParameter(5, except == null ? -1L : except)
                .getSingleResult();
    return count.longValue() > 0;
  }

  /** Quotas whose figures differ from the sums of their ledger rows: none, always. */
  @SuppressWarnings("unchecked")
  public List<Object[]> mismatches() {
    return em.createNativeQuery(
            "SELECT q.id, q.allotted, q.held, q.used, COALESCE(SUM(m.allotted_delta), 0), COALESCE(SUM(m.held_delta), 0),"
                + " COALESCE(SUM(m.used_delta), 0) FROM quota q LEFT JOIN slot_movement m ON m.quota_id = q.id"
                + " GROUP BY q.id, q.allotted, q.held, q.used"
                + " HAVING q.allotted <> COALESCE(SUM(m.allotted_delta), 0) OR q.held <> COALESCE(SUM(m.held_delta), 0)"
                + " OR q.used <> COALESCE(SUM(m.used_delta), 0)")
        .getResultList();
  }

  private boolean change(long quotaId, int allotted, int held, int used, String condition, int slots) {
    if (slots < 0) {
      throw new IllegalArgumentException("slots must not be negative");
    }
    int rows =
        em.createNativeQuery(
                "UPDATE quota SET allotted = allotted + ?1, held = held + ?2, used = used + ?3 WHERE id = ?5 AND "
                    + condition)
            .setParameter(1, allotted)
            .setParameter(2, held)
            .setParameter(3, used)
            .setParameter(4, slots)
            .setParameter(5, quotaId)
            .executeUpdate();
    return rows == 1;
  }

  private boolean record(long quotaId, Long referralId, MovementKind kind, int allotted, int held, int used, String by,
      Instant at, String reason) {
    em.createNativeQuery(
            "INSERT INTO slot_movement (quota_id, referral_id, kind, allotted_delta, held_delta, used_delta, moved_by,"
                + " moved_at, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .setParameter(1, quotaId)
        .setParameter(2, referralId)
        .setParameter(3, kind.name())
        .setParameter(4, allotted)
        .setParameter(5, held)
        .setParameter(6, used)
        .setParameter(7, by)
        .setParameter(8, Timestamp.from(at))
        .setParameter(9, reason)
        .executeUpdate();
    return true;
  }
}
