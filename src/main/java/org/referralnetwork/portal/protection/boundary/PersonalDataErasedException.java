package org.referralnetwork.portal.protection.boundary;

import jakarta.ejb.ApplicationException;

/** The referral's personal data was erased: there is nothing left to give. */
@ApplicationException(rollback = true)
public class PersonalDataErasedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PersonalDataErasedException() {
    super("the personal data was erased");
  }
}
