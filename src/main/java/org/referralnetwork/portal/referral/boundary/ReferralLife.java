package org.referralnetwork.portal.referral.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.referralnetwork.portal.audit.boundary.AuditLog;
import org.referralnetwork.portal.audit.boundary.AuditRefusals;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.quota.control.ReferralSlots;
import org.referralnetwork.portal.referral.control.ReferralSubmission;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralMessage;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Permission;
import org.referralnetwork.portal.security.NotAllowedException;
import org.referralnetwork.portal.notification.control.Outbox;

/**
 * Moves a referral through its life: one transaction per move, with who may make it checked
 * here and which moves exist checked by {@link Transition}. A refused move changes nothing.
 */
@Stateless
@AuditRefusals
public class ReferralLife {

  @Inject private CurrentCaller caller;
  @EJB private AuditLog audit;
  @Inject private VisibleReferrals visible;
  @Inject private ReferralSubmission submission;
  @Inject private ReferralSlots slots;
  @Inject private Outbox outbox;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /**
   * Makes the move on the referral as the caller saw it ({@code seenVersion}); if anybody changed
   * it since, nothing happens and the caller is told. Without a version (the partner API's submit
   * "as it is now"), on the referral as it is. Returns the moved referral, for an answer read in
   * the same transaction.
   */
  public Referral move(long referralId, Long seenVersion, Transition transition, String reason) {
    if (transition.isMadeByHosting()) {
      throw new NotAllowedException(Permission.ANSWER_OFFERS);
    }
    Referral referral = seenVersion == null ? visible.get(referralId) : visible.get(referralId, seenVersion);
    return move(referral, transition, reason);
  }

  /**
   * Submits a draft made in this transaction (the partner API's "create and submit"): it is not
   * read again. A refusal rolls the transaction back, the draft with it.
   */
  public Referral submitNew(Referral draft) {
    return move(draft, Transition.SUBMIT, null);
  }

  private Referral move(Referral referral, Transition transition, String reason) {
    requireActor(referral, transition);
    Instant now = clock.instant();
    if (transition == Transition.SUBMIT) {
      submission.submit(referral, caller.getUsername(), now);
    } else {
      referral.apply(transition, caller.getUsername(), reason, now);
      slots.onMoved(referral, transition, caller.getUsername(), now);
      outbox.referralMoved(referral, transition);
    }
    if (transition == Transition.START_REVIEW) {
      referral.assignReviewer(caller.getUsername());
    }
    if (transition == Transition.REQUEST_INFORMATION || transition == Transition.ANSWER_INFORMATION_REQUEST) {
      em.persist(new ReferralMessage(referral, caller.getUsername(), caller.isSecretariat(), now, reason.strip()));
    }
    visible.flush(referral);
    audit.record(AuditAction.REFERRAL_MOVED, referral.getId(), referral.getOrganisation().getId(), transition.name());
    return referral;
  }

  /**
   * The referrer's answer when their own organisation already has an open request for the
   * defender and they choose this one: the other is withdrawn ("replaced by ...") and this one
   * submitted, in one transaction, so that the defender is never without an open request or with two.
   */
  public void submitReplacing(long referralId, long seenVersion, long replacedId) {
    Referral referral = visible.get(referralId, seenVersion);
    Referral replaced = visible.get(replacedId);
    requireActor(referral, Transition.SUBMIT);
    requireActor(replaced, Transition.WITHDRAW);
    Instant now = clock.instant();
    replaced.apply(Transition.WITHDRAW, caller.getUsername(), "Replaced by " + Referral.reference(referralId), now);
    slots.onMoved(replaced, Transition.WITHDRAW, caller.getUsername(), now);
    visible.flush(replaced);
    submission.submit(referral, caller.getUsername(), now);
    audit.record(AuditAction.REFERRAL_MOVED, replacedId, replaced.getOrganisation().getId(), Transition.WITHDRAW.name());
    audit.record(AuditAction.REFERRAL_MOVED, referralId, referral.getOrganisation().getId(), Transition.SUBMIT.name());
  }

  /** The secretariat hands an undecided referral to one of its reviewers (by username). */
  public void assignReviewer(long referralId, long seenVersion, String reviewer) {
    caller.require(Permission.REVIEW);
    Referral referral = visible.get(referralId, seenVersion);
    String name = reviewer == null ? "" : reviewer.strip();
    if (name.isEmpty() || name.length() > 255) {
      throw new InvalidDraftException(List.of("reviewer"));
    }
    referral.assignReviewer(name);
    referral.touch(clock.instant());
    visible.flush(referral);
    audit.record(AuditAction.REVIEWER_ASSIGNED, referralId, referral.getOrganisation().getId(), "to " + name);
  }

  /** The moves the caller may make on this referral now, for the page to offer; hosting has its own. */
  public List<Transition> movesFor(Referral referral) {
    List<Transition> moves = new ArrayList<>();
    if (referral.getErasedAt() != null) {
      return moves; // an erased referral is over
    }
    for (Transition.Actor actor : actorsOf(referral)) {
      Transition.available(referral.getProgramme(), referral.getStatus(), actor).stream()
          .filter(move -> !move.isMadeByHosting())
          .forEach(moves::add);
    }
    return moves;
  }

  private void requireActor(Referral referral, Transition transition) {
    if (!actorsOf(referral).contains(transition.actor())) {
      throw new NotAllowedException(transition.actor() == Transition.Actor.SECRETARIAT ? Permission.REVIEW : Permission.REFER);
    }
  }

  private List<Transition.Actor> actorsOf(Referral referral) {
    List<Transition.Actor> actors = new ArrayList<>();
    if (caller.may(Permission.REVIEW)) {
      actors.add(Transition.Actor.SECRETARIAT);
    }
    boolean ownOrganisation =
        caller.belongsTo(referral.getOrganisation().getId());
    if (ownOrganisation && caller.may(Permission.REFER)) {
      actors.add(Transition.Actor.REFERRING_ORGANISATION);
    }
    return actors;
  }
}
