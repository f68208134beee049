package org.referralnetwork.portal.security;

import jakarta.ejb.ApplicationException;

/** The caller lacks the permission a use case needs; nothing was changed. */
@ApplicationException(rollback = true)
public class NotAllowedException extends RuntimeException implements RefusedAccess {

  private static final long serialVersionUID = 1L;

  public NotAllowedException(Permission permission) {
    super("this needs the permission " + permission);
  }
}
