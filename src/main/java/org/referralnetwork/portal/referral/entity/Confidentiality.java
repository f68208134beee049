package org.referralnetwork.portal.referral.entity;

/** The defender's choice about the information given, recorded with the referral. */
public enum Confidentiality {
  CONFIDENTIAL,
  MAY_BE_SHARED
}
