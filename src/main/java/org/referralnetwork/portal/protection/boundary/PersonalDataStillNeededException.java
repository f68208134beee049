package org.referralnetwork.portal.protection.boundary;

import jakarta.ejb.ApplicationException;

/** The referral is still open: its personal data is needed until it is closed, withdrawn or decided. */
@ApplicationException(rollback = true)
public class PersonalDataStillNeededException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PersonalDataStillNeededException() {
    super("the referral is still open");
  }
}
