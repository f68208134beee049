package org.referralnetwork.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OneRunAtATimeTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void manyAsksAtOnceGiveOneRunAtATimeAndARunAfterTheLastAsk() throws Exception {
    AtomicLong asks = new AtomicLong();
    AtomicLong askedWhenARunLastBegan = new AtomicLong();
    AtomicInteger runningNow = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    AtomicInteger runs = new AtomicInteger();
    OneRunAtATime work = new OneRunAtATime(executor, () -> {
      mostAtOnce.accumulateAndGet(runningNow.incrementAndGet(), Math::max);
      askedWhenARunLastBegan.accumulateAndGet(asks.get(), Math::max);
      runs.incrementAndGet();
      Thread.onSpinWait();
      runningNow.decrementAndGet();
    });

    int threads = 8;
    int asksEach = 2_000;
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> askers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread asker = new Thread(() -> {
        awaitQuietly(start);
        for (int i = 0; i < asksEach; i++) {
          asks.incrementAndGet();
          work.ask();
        }
      });
      asker.start();
      askers.add(asker);
    }
    start.countDown();
    for (Thread asker : askers) {
      asker.join();
    }

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (askedWhenARunLastBegan.get() < asks.get() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(threads * asksEach, askedWhenARunLastBegan.get(), "a run began after the last ask");
    assertEquals(1, mostAtOnce.get(), "never two runs at once");
    assertTrue(runs.get() < threads * asksEach, "asks during a run are folded together: " + runs.get() + " runs");
  }

  @Test
  void aRunThatFailsDoesNotStopTheNextAsk() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch secondRun = new CountDownLatch(1);
    OneRunAtATime work = new OneRunAtATime(executor, () -> {
      if (runs.incrementAndGet() == 1) {
        throw new IllegalStateException("the outbox cannot be read");
      }
      secondRun.countDown();
    });

    // asks again until a second run comes: a loop left holding on after the failure would never run again
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    do {
      work.ask();
    } while (!secondRun.await(10, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline);

    assertEquals(0, secondRun.getCount(), "an ask after the failed run ran the work again");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
