package org.referralnetwork.portal.referral.boundary;

import jakarta.ejb.ApplicationException;

/** Someone else changed the referral since the caller opened it; nothing of theirs was overwritten. */
@ApplicationException(rollback = true)
public class ReferralChangedMeanwhileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReferralChangedMeanwhileException(long id) {
    super("referral " + id + " was changed by someone else");
  }
}
