package org.referralnetwork.portal.referral.entity;

import static org.referralnetwork.portal.referral.entity.ReferralStatus.ACCEPTED;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.CLOSED;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.DRAFT;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.ENDED_EARLY;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.FUNDED;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.HOST_ACCEPTED;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.HOST_DECLINED;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.HOST_OFFERED;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.INFORMATION_REQUESTED;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.NOT_SELECTED;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.REDIRECTED;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.REFERRED_TO_CANADA;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.REJECTED;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.RELOCATION_ACTIVE;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.RESETTLED;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.RETURNED;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.SUBMITTED;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.UNDER_REVIEW;
import static org.referralnetwork.portal.referral.entity.ReferralStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every move a referral can make, in one place: from which states, to which state, by whom, for
 * which programmes, and whether a reason is required. The relocation moves after acceptance carry
 * an offer or dates, so they are made through the hosting component only ({@link #isMadeByHosting()}).
 */
public enum Transition {
  SUBMIT(EnumSet.of(DRAFT), SUBMITTED, Actor.REFERRING_ORGANISATION, false, Programmes.ALL),
  WITHDRAW(
      EnumSet.of(SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED),
      WITHDRAWN,
      Actor.REFERRING_ORGANISATION,
      true,
      Programmes.ALL),
  START_REVIEW(EnumSet.of(SUBMITTED), UNDER_REVIEW, Actor.SECRETARIAT, false, Programmes.ALL),
  REQUEST_INFORMATION(EnumSet.of(UNDER_REVIEW), INFORMATION_REQUESTED, Actor.SECRETARIAT, true, Programmes.ALL),
  ANSWER_INFORMATION_REQUEST(
      EnumSet.of(INFORMATION_REQUESTED), UNDER_REVIEW, Actor.REFERRING_ORGANISATION, true, Programmes.ALL),
  ACCEPT(EnumSet.of(UNDER_REVIEW), ACCEPTED, Actor.SECRETARIAT, false, Programmes.ALL),
  REJECT(EnumSet.of(UNDER_REVIEW), REJECTED, Actor.SECRETARIAT, true, Programmes.ALL),
  REDIRECT(EnumSet.of(UNDER_REVIEW), REDIRECTED, Actor.SECRETARIAT, true, Programmes.ALL),
  MARK_FUNDED(EnumSet.of(ACCEPTED), FUNDED, Actor.SECRETARIAT, false, Programmes.GRANTS),
  REFER_TO_CANADA(EnumSet.of(ACCEPTED), REFERRED_TO_CANADA, Actor.SECRETARIAT, false, Programmes.CANADA),
  RECORD_RESETTLED(EnumSet.of(REFERRED_TO_CANADA), RESETTLED, Actor.SECRETARIAT, false, Programmes.CANADA),
  RECORD_NOT_SELECTED(EnumSet.of(REFERRED_TO_CANADA), NOT_SELECTED, Actor.SECRETARIAT, true, Programmes.CANADA),
  OFFER_TO_HOST(EnumSet.of(ACCEPTED, HOST_DECLINED), HOST_OFFERED, Actor.SECRETARIAT, false, Programmes.RELOCATION),
  WITHDRAW_OFFER(EnumSet.of(HOST_OFFERED), HOST_DECLINED, Actor.SECRETARIAT, true, Programmes.RELOCATION),
  HOST_ACCEPT(EnumSet.of(HOST_OFFERED), HOST_ACCEPTED, Actor.HOST, false, Programmes.RELOCATION),
  HOST_DECLINE(EnumSet.of(HOST_OFFERED), HOST_DECLINED, Actor.HOST, true, Programmes.RELOCATION),
  CONFIRM_ARRIVAL(EnumSet.of(HOST_ACCEPTED), RELOCATION_ACTIVE, Actor.HOST, false, Programmes.RELOCATION),
  RECORD_RETURN(EnumSet.of(RELOCATION_ACTIVE), RETURNED, Actor.HOST, false, Programmes.RELOCATION),
  END_EARLY(EnumSet.of(HOST_ACCEPTED, RELOCATION_ACTIVE), ENDED_EARLY, Actor.HOST, true, Programmes.RELOCATION),
  CLOSE(EnumSet.of(FUNDED, RESETTLED, NOT_SELECTED, RETURNED, ENDED_EARLY), CLOSED, Actor.SECRETARIAT, false,
      Programmes.ALL);

  /** Who may make a transition. */
  public enum Actor {
    /** a referrer of the organisation that made the referral */
    REFERRING_ORGANISATION,
    /** a reviewer of the secretariat */
    SECRETARIAT,
    /** a host coordinator of the host the referral is offered to */
    HOST
  }

  private static final class Programmes {
    static final Set<Programme> ALL = EnumSet.allOf(Programme.class);
    static final Set<Programme> GRANTS = EnumSet.of(Programme.EMERGENCY_GRANT, Programme.ORGANISATIONAL_SUPPORT);
    static final Set<Programme> CANADA = EnumSet.of(Programme.CANADA_STREAM);
    static final Set<Programme> RELOCATION = EnumSet.of(Programme.TEMPORARY_RELOCATION);
  }

  private final Set<ReferralStatus> from;
  private final ReferralStatus to;
  private final Actor actor;
  private final boolean reasonRequired;
  private final Set<Programme> programmes;

  Transition(Set<ReferralStatus> from, ReferralStatus to, Actor actor, boolean reasonRequired, Set<Programme> programmes) {
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.reasonRequired = reasonRequired;
    this.programmes = programmes;
  }

  public boolean startsFrom(ReferralStatus status) {
    return from.contains(status);
  }

  public boolean appliesTo(Programme programme) {
    return programmes.contains(programme);
  }

  public ReferralStatus target() {
    return to;
  }

  public Actor actor() {
    return actor;
  }

  public boolean isReasonRequired() {
    return reasonRequired;
  }

  /** The moves of a relocation after acceptance: each needs an offer, an answer or dates with it. */
  public boolean isMadeByHosting() {
    return to == HOST_OFFERED || actor == Actor.HOST || this == WITHDRAW_OFFER;
  }

  /** The transitions open to an actor on a referral of this programme in this state. */
  public static Set<Transition> available(Programme programme, ReferralStatus status, Actor actor) {
    Set<Transition> open = EnumSet.noneOf(Transition.class);
    for (Transition transition : values()) {
      if (transition.actor == actor && transition.startsFrom(status) && transition.appliesTo(programme)) {
        open.add(transition);
      }
    }
    return open;
  }
}
