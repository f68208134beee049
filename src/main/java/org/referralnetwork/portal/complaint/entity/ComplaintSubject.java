package org.referralnetwork.portal.complaint.entity;

/** What a complaint or feedback is about. */
public enum ComplaintSubject {
  REFERRAL_PROCESS,
  DECISION,
  CONDUCT,
  DATA_PROTECTION,
  OTHER
}
