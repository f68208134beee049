package org.referralnetwork.portal.organisation.boundary;

import jakarta.ejb.ApplicationException;

/** Keycloak could not be asked or refused a change: nothing of the step is kept in the portal either. */
@ApplicationException(rollback = true)
public class KeycloakUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KeycloakUnavailableException(Throwable cause) {
    super("Keycloak: " + cause.getMessage(), cause);
  }
}
