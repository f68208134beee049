package org.referralnetwork.portal.quota.entity;

/** Where a slotted referral stands with its slots. */
public enum SlotState {
  HELD,
  WAITLISTED,
  USED,
  RELEASED
}
