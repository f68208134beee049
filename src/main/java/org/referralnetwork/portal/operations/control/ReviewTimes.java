package org.referralnetwork.portal.operations.control;

import java.util.List;

/** Submission to decision, in seconds, of the decisions in a window: how many, the median, the 95th percentile. */
public record ReviewTimes(long decisions, double medianSeconds, double p95Seconds) {

  /** Nearest-rank percentiles of durations sorted in ascending order; zero when there are none. */
  public static ReviewTimes of(List<Long> sortedSeconds) {
    if (sortedSeconds.isEmpty()) {
      return new ReviewTimes(0, 0, 0);
    }
    return new ReviewTimes(sortedSeconds.size(), percentile(sortedSeconds, 50), percentile(sortedSeconds, 95));
  }

  private static double percentile(List<Long> sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }
}
