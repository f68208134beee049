package org.referralnetwork.portal.complaint.entity;

import jakarta.ejb.ApplicationException;

/** A move {@link ComplaintStatus} does not allow from the complaint's state; nothing changed. */
@ApplicationException(rollback = true)
public class ComplaintMoveNotAllowedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ComplaintMoveNotAllowedException(ComplaintStatus from, ComplaintStatus to) {
    super("complaint move not allowed: " + from + " -> " + to);
  }
}
