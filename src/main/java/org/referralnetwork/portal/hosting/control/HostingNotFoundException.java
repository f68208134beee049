package org.referralnetwork.portal.hosting.control;

import jakarta.ejb.ApplicationException;
import org.referralnetwork.portal.security.RefusedAccess;

/** An offer or relocation that is not the caller's host's: for it, it does not exist. */
@ApplicationException(rollback = true)
public class HostingNotFoundException extends HostingRefusedException implements RefusedAccess {

  private static final long serialVersionUID = 1L;

  public HostingNotFoundException(String key) {
    super(key);
  }
}
