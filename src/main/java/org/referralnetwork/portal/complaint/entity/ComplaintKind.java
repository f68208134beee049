package org.referralnetwork.portal.complaint.entity;

/** A complaint from anyone affected (public, followed with a secret code), or feedback from a partner. */
public enum ComplaintKind {
  COMPLAINT,
  FEEDBACK;

  /** The letter its references start with: C-XXXX-XXXX or F-XXXX-XXXX. */
  public char prefix() {
    return this == COMPLAINT ? 'C' : 'F';
  }
}
