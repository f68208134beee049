package org.referralnetwork.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest
  @ValueSource(classes = {IllegalStateException.class, NoClassDefFoundError.class})
  void aRunThatFailsDoesNotStopTheNextAsk(Class<? extends Throwable> failure) throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch secondRun = new CountDownLatch(1);
    OneRunAtATime work = new OneRunAtATime(executor, () -> {
      if (runs.incrementAndGet() == 1) {
        throwUnchecked(failure);
      }
      secondRun.countDown();
    });

    assertTrue(askUntil(work, secondRun), "an ask after the failed run ran the work again");
  }

  @Test
  void anExecutorThatRefusesOnceDoesNotStopTheNextAsk() throws Exception {
    AtomicInteger offers = new AtomicInteger();
    CountDownLatch ran = new CountDownLatch(1);
    Executor refusesFirst = task -> {
      if (offers.incrementAndGet() == 1) {
        throw new RejectedExecutionException("not ready yet");
      }
      executor.execute(task);
    };
    OneRunAtATime work = new OneRunAtATime(refusesFirst, ran::countDown);

    assertThrows(RejectedExecutionException.class, work::ask);
    assertTrue(askUntil(work, ran), "an ask after the refusal ran the work");
  }

  @Test
  void aRunTheExecutorDroppedBeforeItBeganDoesNotStopTheNextAsk() throws Exception {
    AtomicInteger offers = new AtomicInteger();
    CountDownLatch ran = new CountDownLatch(1);
    AtomicReference<OneRunAtATime> work = new AtomicReference<>();
    Executor dropsFirst = task -> {
      if (offers.incrementAndGet() == 1) {
        work.get().abandoned(); // as a managed executor's listener hears of a task aborted before it started
        return;
      }
      executor.execute(task);
    };
    work.set(new OneRunAtATime(dropsFirst, ran::countDown));

    assertTrue(askUntil(work.get(), ran), "an ask after the dropped run ran the work");
  }

  @Test
  void aRunThatBeganIsNotAbandoned() throws Exception {
    CountDownLatch inRun = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runningNow = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    OneRunAtATime work = new OneRunAtATime(executor, () -> {
      mostAtOnce.accumulateAndGet(runningNow.incrementAndGet(), Math::max);
      inRun.countDown();
      awaitQuietly(release);
      runningNow.decrementAndGet();
    });
    work.ask();
    assertTrue(inRun.await(10, TimeUnit.SECONDS));

    work.abandoned(); // too late: the run began, and a second must not start beside it
    work.ask();
    Thread.sleep(100);
    release.countDown();

    assertEquals(1, mostAtOnce.get(), "never two runs at once");
  }

  @Test
  void spacedRunsStartAtOnceAfterAQuietSpellAndNoSoonerThanTheSpacingInABurst() throws Exception {
    Duration spacing = Duration.ofSeconds(2);
    List<Long> starts = Collections.synchronizedList(new ArrayList<>());
    OneRunAtATime work = new OneRunAtATime(executor, () -> starts.add(System.nanoTime()), spacing);

    long firstAsk = System.nanoTime();
    work.ask();
    long deadline = firstAsk + TimeUnit.SECONDS.toNanos(10);
    while (starts.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(1, starts.size(), "the first ask ran the work");
    assertTrue(starts.get(0) - firstAsk < spacing.toNanos(), "after a quiet spell a run does not wait for the spacing");

    long lastAsk = 0;
    for (int i = 0; i < 50; i++) { // a burst of asks, 1.5 spacings long
      lastAsk = System.nanoTime();
      work.ask();
      Thread.sleep(spacing.toMillis() * 3 / 100);
    }
    while ((starts.size() < 2 || starts.get(starts.size() - 1) < lastAsk) && System.nanoTime() < deadline + spacing.toNanos()) {
      Thread.sleep(5);
    }
    assertTrue(starts.get(starts.size() - 1) >= lastAsk, "a run began after the last ask");
    assertTrue(starts.size() <= 2 + (lastAsk - firstAsk) / spacing.toNanos(), "the burst's asks were folded into runs a spacing apart: " + starts.size() + " runs");
    for (int i = 1; i < starts.size(); i++) {
      assertTrue(starts.get(i) - starts.get(i - 1) >= spacing.toNanos(), "run " + i + " began a spacing after the one before");
    }
  }

  @Test
  void aLoopInterruptedWhileWaitingForTheSpacingLetsGoAndTheNextAskRunsAgain() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch third = new CountDownLatch(1);
    AtomicReference<Thread> loop = new AtomicReference<>();
    OneRunAtATime work = new OneRunAtATime(executor, () -> {
      loop.set(Thread.currentThread());
      if (runs.incrementAndGet() == 3) {
        third.countDown();
      }
    }, Duration.ofSeconds(1));
    work.ask();
    while (runs.get() < 1) {
      Thread.sleep(5);
    }
    work.ask(); // the loop now waits for the spacing
    Thread.sleep(200);
    loop.get().interrupt(); // as a stopping executor does
    Thread.sleep(200);
    assertEquals(1, runs.get(), "an interrupted wait runs nothing");

    assertTrue(askUntil(work, third), "the next asks run the work again");
  }

  /** Asks again until the latch opens: a loop left holding on after a failure would never run again. */
  private static boolean askUntil(OneRunAtATime work, CountDownLatch latch) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    do {
      work.ask();
    } while (!latch.await(10, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline);
    return latch.getCount() == 0;
  }

  private static void throwUnchecked(Class<? extends Throwable> failure) {
    Throwable thrown;
    try {
      thrown = failure.getConstructor(String.class).newInstance("the outbox cannot be read");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    if (thrown instanceof Error error) {
      throw error;
    }
    throw (RuntimeException) thrown;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
