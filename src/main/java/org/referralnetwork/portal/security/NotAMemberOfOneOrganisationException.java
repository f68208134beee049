package org.referralnetwork.portal.security;

import jakarta.ejb.ApplicationException;

/** The caller belongs to no organisation or to several, so the portal cannot scope their work. */
@ApplicationException(rollback = true)
public class NotAMemberOfOneOrganisationException extends RuntimeException implements RefusedAccess {

  private static final long serialVersionUID = 1L;

  public NotAMemberOfOneOrganisationException(int organisations) {
    super("the caller is a member of " + organisations + " organisations, not exactly one");
  }
}
