package org.referralnetwork.portal.complaint.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code limit} events per key in any sliding window, kept in memory only (keys are client
 * addresses: they are never written anywhere). Keys whose events have all left the window are
 * dropped, so memory stays bounded by the traffic of one window.
 */
public final class RateLimiter {

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> events = new HashMap<>();
  private Instant lastSweep = Instant.MIN;

  public RateLimiter(int limit, Duration window, Clock clock) {
    if (limit < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a limit needs at least one event in a positive window");
    }
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** When the key may have its next event: empty for now, else the instant its oldest event leaves the window. */
  public synchronized Optional<Instant> nextFree(String key) {
    Instant now = clock.instant();
    sweep(now);
    Deque<Instant> recent = recent(key, now);
    return recent.size() < limit ? Optional.empty() : Optional.of(recent.peekFirst().plus(window));
  }

  /** Counts an event of the key now. */
  public synchronized void record(String key) {
    Instant now = clock.instant();
    events.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
  }

  /** Counts an event if the key has room for it; otherwise, when to try again. */
  public synchronized Optional<Instant> tryAcquire(String key) {
    Optional<Instant> wait = nextFree(key);
    if (wait.isEmpty()) {
      record(key);
    }
    return wait;
  }

  private Deque<Instant> recent(String key, Instant now) {
    Deque<Instant> recent = events.getOrDefault(key, new ArrayDeque<>());
    Instant start = now.minus(window);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(start)) {
      recent.removeFirst();
    }
    if (recent.isEmpty()) {
      events.remove(key);
    }
    return recent;
  }

  /** At most once a window, drops the keys with no event left in it. */
  private void sweep(Instant now) {
    if (lastSweep.plus(window).isAfter(now)) {
      return;
    }
    lastSweep = now;
    Instant start = now.minus(window);
    events.values().removeIf(recent -> recent.isEmpty() || !recent.peekLast().isAfter(start));
  }

  /** How many keys are held now (for tests: memory stays bounded). */
  synchronized int keys() {
    return events.size();
  }
}
