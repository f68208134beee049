package org.referralnetwork.portal.quota.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.referralnetwork.portal.audit.boundary.AuditLog;
import org.referralnetwork.portal.audit.boundary.AuditRefusals;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.quota.control.ReferralSlots;
import org.referralnetwork.portal.quota.control.SlotLedger;
import org.referralnetwork.portal.quota.entity.MovementKind;
import org.referralnetwork.portal.quota.entity.SlotUnits;
import org.referralnetwork.portal.referral.control.ProgrammeEligibility;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Permission;

/**
 * The secretariat sets and changes quotas, each change with a reason and a ledger row; partners
 * see their own figures. One method, one transaction; a refused change changes nothing.
 */
@Stateless
@AuditRefusals
public class Quotas {

  @Inject private CurrentCaller caller;
  @EJB private AuditLog audit;
  @Inject private SlotLedger ledger;
  @Inject private ReferralSlots slots;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  public long create(Programme programme, String organisationId, LocalDate start, LocalDate end, Integer allotted,
      String reason) {
    requireAdmin();
    if (programme == null || !SlotUnits.isSlotted(programme)) {
      throw new QuotaRefusedException("quota.programme");
    }
    if (organisationId == null || start == null || end == null) {
      throw new QuotaRefusedException("quota.required");
    }
    if (end.isBefore(start)) {
      throw new QuotaRefusedException("quota.periodBackwards");
    }
    requireSlots(allotted, true);
    requireReason(reason);
    // serialises quota creation per partner, so two overlapping quotas cannot both pass the check
    if (em.createNativeQuery("SELECT id FROM organisation WHERE id = ?1 FOR UPDATE").setParameter(1, organisationId)
        .getResultList().isEmpty()) {
      throw new QuotaRefusedException("quota.required");
    }
    Organisation partner = em.find(Organisation.class, organisationId);
    if (!ProgrammeEligibility.mayRefer(partner.getKinds(), programme)) {
      throw new QuotaRefusedException("quota.partnerKind");
    }
    if (ledger.overlaps(programme, organisationId, start, end, null)) {
      throw new QuotaRefusedException("quota.overlap");
    }
    long id = ledger.create(programme, organisationId, start, end, allotted, caller.getUsername(), now(), reason.strip());
    audit.record(AuditAction.QUOTA_CHANGED, "quota " + id + " created: " + allotted + " slots");
    return id;
  }

  public void raise(long quotaId, Integer count, String reason) {
    requireAdmin();
    requireSlots(count, false);
    requireReason(reason);
    ledger.raise(quotaId, count, MovementKind.RAISE, caller.getUsername(), now(), reason.strip());
    audit.record(AuditAction.QUOTA_CHANGED, "quota " + quotaId + " raised by " + count);
  }

  public void lower(long quotaId, Integer count, String reason) {
    requireAdmin();
    requireSlots(count, false);
    requireReason(reason);
    if (!ledger.lower(quotaId, count, MovementKind.LOWER, caller.getUsername(), now(), reason.strip())) {
      throw new QuotaRefusedException("quota.belowUse");
    }
    audit.record(AuditAction.QUOTA_CHANGED, "quota " + quotaId + " lowered by " + count);
  }

  /** Moves slots from one partner's quota to another's of the same programme. */
  public void move(long fromId, long toId, Integer count, String reason) {
    requireAdmin();
    requireSlots(count, false);
    requireReason(reason);
    if (fromId == toId || !programmeOf(fromId).equals(programmeOf(toId))) {
      throw new QuotaRefusedException("quota.moveTarget");
    }
    Instant now = now();
    if (!ledger.lower(fromId, count, MovementKind.MOVE_OUT, caller.getUsername(), now, reason.strip())) {
      throw new QuotaRefusedException("quota.belowUse");
    }
    ledger.raise(toId, count, MovementKind.MOVE_IN, caller.getUsername(), now, reason.strip());
    audit.record(AuditAction.QUOTA_CHANGED, count + " slots moved from quota " + fromId + " to quota " + toId);
  }

  /** Gives a free slot of the quota to the first referral waiting for one; empty when none fits. */
  public Optional<Long> giveToWaitlist(long quotaId) {
    requireAdmin();
    Optional<Long> given = slots.giveToNextWaiting(quotaId, caller.getUsername(), now());
    given.ifPresent(referralId -> audit.record(AuditAction.QUOTA_CHANGED, "quota " + quotaId + ": a slot given to the waitlist"));
    return given;
  }

  /** Every quota, for the secretariat's dashboard. */
  public List<QuotaRow> all() {
    caller.require(Permission.VIEW_QUOTAS);
    return rows("", null);
  }

  /** Every quota, for an export; the export is recorded. */
  public List<QuotaRow> export(String format) {
    List<QuotaRow> rows = all();
    audit.record(AuditAction.EXPORT, "slot quotas as " + format);
    return rows;
  }

  /** The caller's own organisation's quotas: what it has left before it submits. */
  public List<QuotaRow> mine() {
    return caller.membership().map(m -> rows(" WHERE q.organisation_id = ?1", m.organisationId())).orElse(List.of());
  }

  /**
   * Slots in use (held + used) per programme, day by day, summed from the ledger: the trend over
   * the period. Each row is programme, day, and the running total at the end of that day.
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> trend() {
    caller.require(Permission.VIEW_QUOTAS);
    List<Object[]> daily = em.createNativeQuery(
            "SELECT q.programme, DATE(m.moved_at), SUM(m.held_delta + m.used_delta) FROM slot_movement m"
                + " JOIN quota q ON q.id = m.quota_id GROUP BY q.programme, DATE(m.moved_at) ORDER BY 1, 2")
        .getResultList();
    java.util.Map<String, Long> running = new java.util.HashMap<>();
    return daily.stream()
        .map(r -> new Object[] {r[0], r[1], running.merge((String) r[0], ((Number) r[2]).longValue(), Long::sum)})
        .toList();
  }

  /** The partner organisations known to the portal (registered at their first login): id and name. */
  @SuppressWarnings("unchecked")
  public List<Object[]> partners() {
    requireAdmin();
    return em.createNativeQuery(
            "SELECT o.id, o.name FROM organisation o WHERE NOT EXISTS (SELECT 1 FROM organisation_kind k"
                + " WHERE k.organisation_id = o.id AND k.kind = 'SECRETARIAT') ORDER BY o.name")
        .getResultList();
  }

  @SuppressWarnings("unchecked")
  private List<QuotaRow> rows(String where, String organisationId) {
    jakarta.persistence.Query query =
        em.createNativeQuery(
            "SELECT q.id, q.programme, o.name, q.period_start, q.period_end, q.allotted, q.held, q.used,"
                + " (SELECT COUNT(*) FROM referral_slot s JOIN referral r ON r.id = s.referral_id"
                + "  WHERE s.state = 'WAITLISTED' AND r.organisation_id = q.organisation_id AND r.programme = q.programme)"
                + " FROM quota q JOIN organisation o ON o.id = q.organisation_id" + where
                + " ORDER BY q.programme, q.period_start DESC, o.name");
    if (organisationId != null) {
      query.setParameter(1, organisationId);
    }
    return ((List<Object[]>) query.getResultList()).stream()
        .map(r -> new QuotaRow(((Number) r[0]).longValue(), Programme.valueOf((String) r[1]), (String) r[2],
            ((Date) r[3]).toLocalDate(), ((Date) r[4]).toLocalDate(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
            ((Number) r[7]).intValue(), ((Number) r[8]).intValue()))
        .toList();
  }

  private Programme programmeOf(long quotaId) {
    List<?> programme = em.createNativeQuery("SELECT programme FROM quota WHERE id = ?1").setParameter(1, quotaId).getResultList();
    if (programme.isEmpty()) {
      throw new QuotaRefusedException("quota.required");
    }
    return Programme.valueOf((String) programme.get(0));
  }

  private void requireAdmin() {
    caller.require(Permission.ADMINISTER_QUOTAS);
  }

  private static void requireSlots(Integer count, boolean zeroAllowed) {
    if (count == null || count < 0 || (!zeroAllowed && count == 0) || count > 100_000) {
      throw new QuotaRefusedException("quota.slots");
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw new QuotaRefusedException("quota.reason");
    }
  }

  private Instant now() {
    return clock.instant();
  }
}
