package org.referralnetwork.portal.hosting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.referralnetwork.portal.hosting.entity.FollowUp;
import org.referralnetwork.portal.hosting.entity.Relocation;
import org.referralnetwork.portal.hosting.entity.RelocationReport;
import org.referralnetwork.portal.hosting.entity.RelocationState;
import org.referralnetwork.portal.hosting.entity.ReportKind;
import org.referralnetwork.portal.quota.control.ReferralSlots;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.Transition;

/**
 * The host runs the relocation: confirms the arrival, reports, records the return or an early end
 * (which frees its place and gives the partner's slot back), and the follow-up afterwards.
 */
@ApplicationScoped
public class RelocationSteps {

  static final int MAX_TEXT = 4000;

  @Inject ReferralSlots slots;
  @PersistenceContext EntityManager em;

  public void arrive(long relocationId, String hostId, String by, LocalDate on, Instant now) {
    Relocation relocation = hostsOwn(relocationId, hostId, RelocationState.PLANNED);
    requireDay(on, relocation.getPlannedStart().minusMonths(1), now);
    relocation.arrive(on);
    relocation.getReferral().apply(Transition.CONFIRM_ARRIVAL, by, null, now);
    em.flush();
  }

  public void report(long relocationId, String hostId, String by, ReportKind kind, String text, Instant now) {
    Relocation relocation = hostsOwn(relocationId, hostId, RelocationState.ACTIVE);
    em.persist(new RelocationReport(relocation, kind == null ? ReportKind.UPDATE : kind, by, now, requireText(text)));
    relocation.getReferral().touch(now);
    em.flush();
  }

  public void recordReturn(long relocationId, String hostId, String by, LocalDate on, Instant now) {
    Relocation relocation = hostsOwn(relocationId, hostId, RelocationState.ACTIVE);
    requireDay(on, relocation.getArrivedOn(), now);
    relocation.returned(on);
    relocation.getReferral().apply(Transition.RECORD_RETURN, by, null, now);
    em.flush();
  }

  /** Ends a relocation early (or calls it off before arrival): the host's place and the partner's slot are free again. */
  public void endEarly(long relocationId, String hostId, String by, LocalDate on, String reason, Instant now) {
    Relocation relocation = hostsOwn(relocationId, hostId, null);
    if (!relocation.getState().takesAPlace()) {
      throw new HostingRefusedException("relocation.notNow");
    }
    String why = requireText(reason);
    requireDay(on, relocation.getArrivedOn() == null ? LocalDate.MIN : relocation.getArrivedOn(), now);
    relocation.endEarly(on, why);
    Referral referral = relocation.getReferral();
    referral.apply(Transition.END_EARLY, by, why, now);
    slots.onMoved(referral, Transition.END_EARLY, by, now);
    em.flush();
  }

  public void recordFollowUp(long relocationId, String hostId, FollowUp outcome, String notes) {
    Relocation relocation = hostsOwn(relocationId, hostId, null);
    if (relocation.getState().takesAPlace()) {
      throw new HostingRefusedException("relocation.notNow");
    }
    if (outcome == null) {
      throw new HostingRefusedException("relocation.followUpRequired");
    }
    if (notes != null && notes.length() > MAX_TEXT) {
      throw new HostingRefusedException("relocation.textTooLong");
    }
    relocation.recordFollowUp(outcome, notes == null || notes.isBlank() ? null : notes.strip());
    em.flush();
  }

  /** The host's relocation, locked, in the expected state (any state when null); another host's does not exist for it. */
  private Relocation hostsOwn(long relocationId, String hostId, RelocationState expected) {
    Relocation relocation = em.find(Relocation.class, relocationId, LockModeType.PESSIMISTIC_WRITE);
    if (relocation == null || !relocation.getHost().getId().equals(hostId)) {
      throw new HostingNotFoundException("relocation.notFound");
    }
    em.refresh(relocation, LockModeType.PESSIMISTIC_WRITE);
    if (expected != null && relocation.getState() != expected) {
      throw new HostingRefusedException("relocation.notNow");
    }
    return relocation;
  }

  /** A day that has happened, not before {@code earliest}. */
  private static void requireDay(LocalDate day, LocalDate earliest, Instant now) {
    if (day == null) {
      throw new HostingRefusedException("relocation.dayRequired");
    }
    if (day.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC)) || (earliest != null && day.isBefore(earliest))) {
      throw new HostingRefusedException("relocation.dayOutOfRange");
    }
  }

  private static String requireText(String text) {
    if (text == null || text.isBlank()) {
      throw new HostingRefusedException("relocation.textRequired");
    }
    if (text.length() > MAX_TEXT) {
      throw new HostingRefusedException("relocation.textTooLong");
    }
    return text.strip();
  }
}
