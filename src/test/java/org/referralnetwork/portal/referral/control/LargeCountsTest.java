package org.referralnetwork.portal.referral.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LargeCountsTest {

  private final AtomicLong now = new AtomicLong();
  private final LargeCounts counts = new LargeCounts(now::get);
  private final AtomicInteger asked = new AtomicInteger();

  private long count(String question, long rows) {
    return counts.count(question, () -> {
      asked.incrementAndGet();
      return rows;
    });
  }

  @Test
  void aShortListIsCountedEveryTime() {
    assertEquals(12, count("partner", 12));
    assertEquals(13, count("partner", 13));
    assertEquals(2, asked.get());
  }

  @Test
  void aLongListIsCountedOnceWhileTheCountIsFreshThenAgain() {
    assertEquals(90_000, count("all", 90_000));
    now.addAndGet(LargeCounts.KEPT.toNanos() - 1);
    assertEquals(90_000, count("all", 90_001), "kept: shared by the next view");
    assertEquals(1, asked.get());
    now.addAndGet(1);
    assertEquals(90_002, count("all", 90_002), "counted again once the period is over");
    assertEquals(2, asked.get());
  }

  @Test
  void eachQuestionHasItsOwnCount() {
    assertEquals(90_000, count("all", 90_000));
    assertEquals(11_000, count("submitted", 11_000));
    assertEquals(90_000, count("all", 1));
    assertEquals(11_000, count("submitted", 1));
    assertEquals(2, asked.get());
  }

  @Test
  void aListThatBecameShortIsCountedEveryTimeAgain() {
    count("all", 90_000);
    now.addAndGet(LargeCounts.KEPT.toNanos());
    assertEquals(5, count("all", 5));
    assertEquals(6, count("all", 6));
    assertEquals(3, asked.get());
  }
}
