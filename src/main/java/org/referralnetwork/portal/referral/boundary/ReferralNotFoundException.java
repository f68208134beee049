package org.referralnetwork.portal.referral.boundary;

import jakarta.ejb.ApplicationException;

/** No such referral for this caller: it does not exist, or belongs to another organisation. */
@ApplicationException(rollback = true)
public class ReferralNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReferralNotFoundException(long id) {
    super("no referral " + id + " for this caller");
  }
}
