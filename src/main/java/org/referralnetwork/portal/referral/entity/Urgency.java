package org.referralnetwork.portal.referral.entity;

/** How fast a defender needs an answer; URGENT goes first in the review queue. */
public enum Urgency {
  URGENT,
  HIGH,
  ROUTINE
}
