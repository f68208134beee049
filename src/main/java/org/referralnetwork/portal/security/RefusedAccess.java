package org.referralnetwork.portal.security;

/**
 * Marks the exceptions that refuse a caller access (a missing permission, or an id that is not
 * theirs to see): every one is an attempt the audit log keeps.
 */
public interface RefusedAccess {

  /** The referral the attempt was about, when known. */
  default Long referralId() {
    return null;
  }
}
