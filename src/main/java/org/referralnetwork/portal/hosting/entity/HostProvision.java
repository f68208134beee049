package org.referralnetwork.portal.hosting.entity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.referralnetwork.portal.referral.entity.ProtectionMeasure;

/** What a host can provide during a relocation: the programme's components (source page). */
public enum HostProvision {
  REST_AND_RESPITE,
  CAPACITY_DEVELOPMENT,
  NETWORKING,
  PSYCHOSOCIAL_SUPPORT,
  FAMILY_SUPPORT;

  /** What a host must provide for the measures a referrer asked for. */
  public static Set<HostProvision> neededFor(Collection<ProtectionMeasure> measures) {
    EnumSet<HostProvision> needed = EnumSet.noneOf(HostProvision.class);
    for (ProtectionMeasure measure : measures) {
      switch (measure) {
        case REST_AND_RESPITE -> needed.add(REST_AND_RESPITE);
        case PROFESSIONAL_DEVELOPMENT, CAPACITY_BUILDING -> needed.add(CAPACITY_DEVELOPMENT);
        case NETWORKING -> needed.add(NETWORKING);
        case PSYCHOSOCIAL_SUPPORT -> needed.add(PSYCHOSOCIAL_SUPPORT);
        case FAMILY_SUPPORT -> needed.add(FAMILY_SUPPORT);
        default -> { }
      }
    }
    return needed;
  }
}
