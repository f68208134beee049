package org.referralnetwork.portal.hosting.entity;

/** What a host can provide during a relocation: the programme's components (source page). */
public enum HostProvision {
  REST_AND_RESPITE,
  CAPACITY_DEVELOPMENT,
  NETWORKING,
  PSYCHOSOCIAL_SUPPORT,
  FAMILY_SUPPORT
}
