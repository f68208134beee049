package org.referralnetwork.portal.hosting.entity;

/** A relocation: agreed, under way, or over (as planned or early). */
public enum RelocationState {
  PLANNED,
  ACTIVE,
  RETURNED,
  ENDED_EARLY;

  /** Planned or under way: it takes one of the host's places. */
  public boolean takesAPlace() {
    return this == PLANNED || this == ACTIVE;
  }
}
