package org.referralnetwork.portal.referral.entity;

import jakarta.ejb.ApplicationException;

/** A move the referral cannot make now (wrong state, programme, or missing reason); nothing changed. */
@ApplicationException(rollback = true)
public class TransitionNotAllowedException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final Transition transition;
  private final ReferralStatus status;

  public TransitionNotAllowedException(Transition transition, ReferralStatus status, String why) {
    super(transition + " is not allowed from " + status + ": " + why);
    this.transition = transition;
    this.status = status;
  }

  public Transition getTransition() {
    return transition;
  }

  public ReferralStatus getStatus() {
    return status;
  }
}
