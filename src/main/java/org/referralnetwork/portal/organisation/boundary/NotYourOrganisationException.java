package org.referralnetwork.portal.organisation.boundary;

import jakarta.ejb.ApplicationException;
import org.referralnetwork.portal.security.RefusedAccess;

/** An organisation's admin reached for another organisation or its members: refused and audited. */
@ApplicationException(rollback = true)
public class NotYourOrganisationException extends RuntimeException implements RefusedAccess {

  private static final long serialVersionUID = 1L;

  public NotYourOrganisationException() {
    super("another organisation's members");
  }
}
