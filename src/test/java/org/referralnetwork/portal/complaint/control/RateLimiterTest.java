package org.referralnetwork.portal.complaint.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final SteppingClock clock = new SteppingClock();
  private final RateLimiter limiter = new RateLimiter(3, Duration.ofHours(1), clock);

  @Test
  void theLimitPlusOnethEventIsRefusedUntilTheOldestLeavesTheWindow() {
    Instant first = clock.instant();
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.empty(), limiter.tryAcquire("192.0.2.1"), "event " + (i + 1));
      clock.advance(Duration.ofMinutes(10));
    }
    assertEquals(Optional.of(first.plus(Duration.ofHours(1))), limiter.tryAcquire("192.0.2.1"));
    assertEquals(Optional.empty(), limiter.tryAcquire("192.0.2.2"), "another address has its own count");
    clock.advance(Duration.ofMinutes(30)); // the first event is now just an hour old
    assertEquals(Optional.empty(), limiter.tryAcquire("192.0.2.1"));
    assertTrue(limiter.tryAcquire("192.0.2.1").isPresent(), "the second and third are still inside the window");
  }

  @Test
  void aRefusedAttemptDoesNotCount() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire("192.0.2.1");
    }
    for (int i = 0; i < 10; i++) {
      assertTrue(limiter.tryAcquire("192.0.2.1").isPresent());
    }
    clock.advance(Duration.ofMinutes(61));
    assertEquals(Optional.empty(), limiter.tryAcquire("192.0.2.1"));
  }

  @Test
  void addressesThatWentQuietAreForgotten() {
    for (int i = 0; i < 1000; i++) {
      limiter.tryAcquire("198.51.100." + i);
    }
    assertEquals(1000, limiter.keys());
    clock.advance(Duration.ofMinutes(61));
    limiter.tryAcquire("203.0.113.1");
    assertEquals(1, limiter.keys(), "memory stays bounded by one window's traffic");
  }

  @Test
  void aLimitNeedsRoomForOneEvent() {
    assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofHours(1), clock));
    assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, Duration.ZERO, clock));
  }
}
