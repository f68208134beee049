package org.referralnetwork.portal.hosting.entity;

import java.time.LocalDate;
import java.util.Set;
import org.referralnetwork.portal.referral.entity.RequestLanguage;

/**
 * What the secretariat looks for in a host for one defender: when and how long, in which
 * language, what the defender needs, and a note for the host (no personal details).
 */
public record HostingRequest(LocalDate wantedStart, int months, RequestLanguage language, Set<HostProvision> needs,
    boolean genderSensitive, boolean accessible, String note) {

  /** The last day of the wanted period. */
  public LocalDate wantedEnd() {
    return wantedStart.plusMonths(months).minusDays(1);
  }
}
