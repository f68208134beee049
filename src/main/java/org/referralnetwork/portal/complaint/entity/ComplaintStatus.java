package org.referralnetwork.portal.complaint.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a complaint or feedback stands at the secretariat, and the moves allowed from each state:
 * received, being looked into, answered (the answer is shown to the complainant), closed for good.
 */
public enum ComplaintStatus {
  RECEIVED,
  IN_PROGRESS,
  ANSWERED,
  CLOSED;

  /** The states this one may move to; a closed one moves no more. */
  public Set<ComplaintStatus> next() {
    return switch (this) {
      case RECEIVED -> EnumSet.of(IN_PROGRESS, ANSWERED, CLOSED);
      case IN_PROGRESS -> EnumSet.of(ANSWERED, CLOSED);
      case ANSWERED -> EnumSet.of(IN_PROGRESS, CLOSED);
      case CLOSED -> EnumSet.noneOf(ComplaintStatus.class);
    };
  }

  public boolean mayMoveTo(ComplaintStatus target) {
    return next().contains(target);
  }
}
