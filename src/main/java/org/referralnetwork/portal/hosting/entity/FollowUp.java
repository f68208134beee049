package org.referralnetwork.portal.hosting.entity;

/** After the relocation: is the defender able to continue their human rights work, and where. */
public enum FollowUp {
  CONTINUING_AT_HOME,
  CONTINUING_ELSEWHERE,
  NOT_ABLE_TO_CONTINUE,
  NOT_KNOWN
}
