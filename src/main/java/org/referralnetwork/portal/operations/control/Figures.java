package org.referralnetwork.portal.operations.control;

import java.util.List;
import java.util.Map;

/**
 * The portal's figures at one moment: referrals per status, the slots of the quotas whose period
 * has not ended, and how long the decisions of the last 90 days took. Counts only.
 */
public record Figures(Map<String, Long> referralsByStatus, List<QuotaSlots> quotas, ReviewTimes reviewTimes) {

  public long referralsIn(String status) {
    return referralsByStatus.getOrDefault(status, 0L);
  }

  /** A quota's slots: allotted in all, held by submitted referrals, used by accepted ones. */
  public record QuotaSlots(long quotaId, String programme, long allotted, long held, long used) {}
}
