package org.referralnetwork.portal.quota.entity;

/** The kinds of row in the slot ledger. */
public enum MovementKind {
  ALLOT,
  RAISE,
  LOWER,
  MOVE_OUT,
  MOVE_IN,
  HOLD,
  RELEASE_HOLD,
  USE,
  RELEASE_USE
}
