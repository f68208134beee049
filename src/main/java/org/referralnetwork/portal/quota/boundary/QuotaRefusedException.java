package org.referralnetwork.portal.quota.boundary;

import jakarta.ejb.ApplicationException;

/** A quota change that was refused, with the message key that says why; nothing changed. */
@ApplicationException(rollback = true)
public class QuotaRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String key;

  public QuotaRefusedException(String key) {
    super("quota change refused: " + key);
    this.key = key;
  }

  public String getKey() {
    return key;
  }
}
