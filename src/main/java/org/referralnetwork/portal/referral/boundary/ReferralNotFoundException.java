package org.referralnetwork.portal.referral.boundary;

import jakarta.ejb.ApplicationException;
import org.referralnetwork.portal.security.RefusedAccess;

/** No such referral for this caller: it does not exist, or belongs to another organisation. */
@ApplicationException(rollback = true)
public class ReferralNotFoundException extends RuntimeException implements RefusedAccess {

  private static final long serialVersionUID = 1L;
  private final long id;

  public ReferralNotFoundException(long id) {
    super("no referral " + id + " for this caller");
    this.id = id;
  }

  @Override
  public Long referralId() {
    return id;
  }
}
