package org.referralnetwork.portal.hosting.entity;

/** What a host writes during a relocation. */
public enum ReportKind {
  UPDATE,
  MID_TERM
}
