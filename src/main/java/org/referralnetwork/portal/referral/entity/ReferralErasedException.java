package org.referralnetwork.portal.referral.entity;

import jakarta.ejb.ApplicationException;

/** The referral's personal data was erased: nothing can be added to it or changed any more. */
@ApplicationException(rollback = true)
public class ReferralErasedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReferralErasedException() {
    super("the referral's personal data was erased");
  }
}
