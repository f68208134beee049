package org.referralnetwork.portal.referral.control;

import jakarta.ejb.ApplicationException;

/**
 * The defender already has an open request, so this one was not submitted. Only when that request
 * is the caller's own organisation's does the exception carry its reference; of another
 * organisation's request nothing is told but that it exists.
 */
@ApplicationException(rollback = true)
public class OpenRequestExistsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Long ownReferralId;

  public OpenRequestExistsException(Long ownReferralId) {
    super(ownReferralId == null ? "an open request exists in another organisation" : "an open request exists: " + ownReferralId);
    this.ownReferralId = ownReferralId;
  }

  /** The id of the open referral when it is the caller's organisation's, otherwise null. */
  public Long getOwnReferralId() {
    return ownReferralId;
  }
}
