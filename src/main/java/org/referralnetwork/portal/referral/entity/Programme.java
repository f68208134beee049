package org.referralnetwork.portal.referral.entity;

/** The programmes a referral can ask for. */
public enum Programme {
  EMERGENCY_GRANT,
  ORGANISATIONAL_SUPPORT,
  TEMPORARY_RELOCATION,
  CANADA_STREAM
}
