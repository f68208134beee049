package org.referralnetwork.portal.security;

/** A bearer token the portal does not accept (missing, malformed, badly signed, expired, foreign). */
public class InvalidTokenException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String reason) {
    super(reason);
  }

  public InvalidTokenException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
