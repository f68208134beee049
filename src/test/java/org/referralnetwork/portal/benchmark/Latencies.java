package org.referralnetwork.portal.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times of one kind of request in one run, and what a report says of them. */
final class Latencies {

  private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

  void add(long took) {
    nanos.add(took);
  }

  int count() {
    return nanos.size();
  }

  double medianMillis() {
    return percentileMillis(50);
  }

  double p95Millis() {
    return percentileMillis(95);
  }

  /** Nearest-rank percentile: the smallest time that at least {@code percent} % of the requests took or less. */
  double percentileMillis(int percent) {
    List<Long> sorted;
    synchronized (nanos) {
      sorted = new ArrayList<>(nanos);
    }
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
  }
}
