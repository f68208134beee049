package org.referralnetwork.portal.operations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The review times the secretariat's managers watch: median and 95th percentile by nearest rank. */
class ReviewTimesTest {

  @Test
  void noDecisionsMeansNoTimes() {
    assertEquals(new ReviewTimes(0, 0, 0), ReviewTimes.of(List.of()));
  }

  @Test
  void oneDecisionIsItsOwnMedianAndPercentile() {
    assertEquals(new ReviewTimes(1, 3600, 3600), ReviewTimes.of(List.of(3600L)));
  }

  @Test
  void aFewSlowDecisionsShowInThePercentileNotTheMedian() {
    List<Long> days = LongStream.rangeClosed(1, 20).map(day -> day >= 19 ? 90 * 86_400L : day * 86_400L).boxed().toList();

    ReviewTimes times = ReviewTimes.of(days);

    assertEquals(20, times.decisions());
    assertEquals(10 * 86_400, times.medianSeconds());
    assertEquals(90 * 86_400, times.p95Seconds());
  }
}
