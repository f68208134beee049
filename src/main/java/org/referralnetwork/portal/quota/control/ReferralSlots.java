package org.referralnetwork.portal.quota.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.referralnetwork.portal.quota.entity.SlotState;
import org.referralnetwork.portal.quota.entity.SlotUnits;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.Transition;

/**
 * The slots of relocation and resettlement referrals through their life: submitting holds them (or
 * puts the referral on the waitlist when none is left), accepting uses them, withdrawing, rejecting
 * or guiding elsewhere releases them, and "not selected" or a relocation ended early gives used ones back.
 */
@ApplicationScoped
public class ReferralSlots {

  @Inject SlotLedger ledger;
  @PersistenceContext EntityManager em;

  /** After submission, in its transaction: hold the referral's slots, or put it on the waitlist. */
  public SlotState onSubmitted(Referral referral, String by, Instant at) {
    if (!SlotUnits.isSlotted(referral.getProgramme())) {
      return null;
    }
    int slots = SlotUnits.slotsFor(referral.getProgramme(), referral.getFamilyMembers());
    Optional<Long> quota =
        ledger.quotaFor(referral.getProgramme(), referral.getOrganisation().getId(), LocalDate.ofInstant(at, ZoneOffset.UTC));
    boolean held = quota.isPresent() && ledger.hold(quota.get(), referral.getId(), slots, by, at);
    SlotState state = held ? SlotState.HELD : SlotState.WAITLISTED;
    em.createNativeQuery(
            "INSERT INTO referral_slot (referral_id, quota_id, slots, state, since) VALUES (?1, ?2, ?3, ?4, ?5)"
                + " ON DUPLICATE KEY UPDATE quota_id = VALUES(quota_id), slots = VALUES(slots), state = VALUES(state),"
                + " since = VALUES(since)")
        .setParameter(1, referral.getId())
        .setParameter(2, quota.orElse(null))
        .setParameter(3, slots)
        .setParameter(4, state.name())
        .setParameter(5, Timestamp.from(at))
        .executeUpdate();
    return state;
  }

  /** After any other move of a slotted referral, in its transaction. */
  public void onMoved(Referral referral, Transition transition, String by, Instant at) {
    Optional<Slot> slot = slotOf(referral.getId());
    if (slot.isEmpty()) {
      return;
    }
    Slot s = slot.get();
    switch (transition) {
      case ACCEPT -> {
        if (s.state != SlotState.HELD || !ledger.use(s.quotaId, referral.getId(), s.slots, by, at)) {
          throw new NoSlotLeftException();
        }
        setState(referral.getId(), SlotState.USED, at);
      }
      case WITHDRAW, REJECT, REDIRECT -> {
        if (s.state == SlotState.HELD) {
          ledger.releaseHold(s.quotaId, referral.getId(), s.slots, by, at);
        }
        if (s.state == SlotState.HELD || s.state == SlotState.WAITLISTED) {
          setState(referral.getId(), SlotState.RELEASED, at);
        }
      }
      case RECORD_NOT_SELECTED, END_EARLY -> {
        if (s.state == SlotState.USED) {
          ledger.releaseUse(s.quotaId, referral.getId(), s.slots, by, at);
          setState(referral.getId(), SlotState.RELEASED, at);
        }
      }
      default -> { }
    }
  }

  /**
   * The secretariat gives free slots of a quota to the waitlist, first come first served: the
   * oldest waiting referral of the quota's partner and programme that fits is given its slots.
   * Returns the referral id, or empty when nobody waiting fits.
   */
  public Optional<Long> giveToNextWaiting(long quotaId, String by, Instant at) {
    @SuppressWarnings("unchecked")
    List<Object[]> waiting =
        em.createNativeQuery(
                "SELECT s.referral_id, s.slots FROM referral_slot s JOIN referral r ON r.id = s.referral_id"
                    + " JOIN quota q ON q.id = ?1 AND q.organisation_id = r.organisation_id AND q.programme = r.programme"
                    + " WHERE s.state = 'WAITLISTED' ORDER BY s.since, s.referral_id FOR UPDATE")
            .setParameter(1, quotaId)
            .getResultList();
    for (Object[] row : waiting) {
      long referralId = ((Number) row[0]).longValue();
      int slots = ((Number) row[1]).intValue();
      if (ledger.hold(quotaId, referralId, slots, by, at)) {
        em.createNativeQuery("UPDATE referral_slot SET quota_id = ?1, state = 'HELD', since = ?2 WHERE referral_id = ?3")
            .setParameter(1, quotaId)
            .setParameter(2, Timestamp.from(at))
            .setParameter(3, referralId)
            .executeUpdate();
        return Optional.of(referralId);
      }
    }
    return Optional.empty();
  }

  /** The slot state of a referral, for its page; empty for programmes without slots and for drafts. */
  public Optional<SlotState> stateOf(Referral referral) {
    if (!SlotUnits.isSlotted(referral.getProgramme()) || referral.getStatus() == ReferralStatus.DRAFT) {
      return Optional.empty(); // no slot was ever held: not asked (a round trip in each API answer)
    }
    // read, not locked: a lock here would hold the index gap of a referral without a slot until the
    // caller's transaction ends, and concurrent submissions inserting their slots would wait on it
    List<?> states = em.createNativeQuery("SELECT state FROM referral_slot WHERE referral_id = ?1")
        .setParameter(1, referral.getId())
        .getResultList();
    return states.stream().findFirst().map(state -> SlotState.valueOf((String) state));
  }

  private Optional<Slot> slotOf(long referralId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT quota_id, slots, state FROM referral_slot WHERE referral_id = ?1 FOR UPDATE")
            .setParameter(1, referralId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new Slot(r[0] == null ? null : ((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
            SlotState.valueOf((String) r[2])));
  }

  private void setState(long referralId, SlotState state, Instant at) {
    em.createNativeQuery("UPDATE referral_slot SET state = ?1, since = ?2 WHERE referral_id = ?3")
        .setParameter(1, state.name())
        .setParameter(2, Timestamp.from(at))
        .setParameter(3, referralId)
        .executeUpdate();
  }

  private record Slot(Long quotaId, int slots, SlotState state) {}
}
