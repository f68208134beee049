package org.referralnetwork.portal.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentilesAreNearestRankOverWhatWasMeasured() {
    Latencies latencies = new Latencies();
    for (int ms = 100; ms >= 1; ms--) {
      latencies.add(ms * 1_000_000L);
    }
    assertEquals(50.0, latencies.medianMillis());
    assertEquals(95.0, latencies.p95Millis());
    assertEquals(100, latencies.count());
  }

  @Test
  void nothingMeasuredSaysSo() {
    assertTrue(Double.isNaN(new Latencies().p95Millis()));
  }
}
