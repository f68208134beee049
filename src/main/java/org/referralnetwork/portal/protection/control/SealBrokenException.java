package org.referralnetwork.portal.protection.control;

/** A sealed value or wrapped key that does not open: wrong key, or changed bytes. */
public class SealBrokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SealBrokenException(Throwable cause) {
    super("sealed value does not open with its key", cause);
  }
}
