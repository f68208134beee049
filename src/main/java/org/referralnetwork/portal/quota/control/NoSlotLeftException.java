package org.referralnetwork.portal.quota.control;

import jakarta.ejb.ApplicationException;

/** A referral on the waitlist cannot be accepted until a slot is given to it; nothing changed. */
@ApplicationException(rollback = true)
public class NoSlotLeftException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NoSlotLeftException() {
    super("no slot is held for this referral");
  }
}
