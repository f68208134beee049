package org.referralnetwork.portal.platform;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A piece of work that many threads ask for and that should run once at a time: asks that come
 * while it runs are folded into one more run after it, and no ask is ever left without a run that
 * began after it. Runs may be spaced: a run asked for within {@code spacing} of the last one's start
 * waits for the rest of it, so that in a burst each run finds more to do at once; after a quiet
 * spell a run starts at once.
 */
public final class OneRunAtATime {

  private final Executor executor;
  private final Runnable work;
  private final AtomicBoolean wanted = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();
  /** Whether the run last handed to the executor has begun: only one that has not may be abandoned. */
  private final AtomicBoolean begun = new AtomicBoolean();
  private final long spacingNanos;
  /** When the last run began ({@link System#nanoTime}); only the loop's thread writes it. */
  private volatile long lastStart;

  public OneRunAtATime(Executor executor, Runnable work) {
    this(executor, work, Duration.ZERO);
  }

  public OneRunAtATime(Executor executor, Runnable work, Duration spacing) {
    this.executor = executor;
    this.work = work;
    this.spacingNanos = spacing.toNanos();
    this.lastStart = System.nanoTime() - spacingNanos;
  }

  public void ask() {
    wanted.set(true);
    if (running.compareAndSet(false, true)) {
      begun.set(false);
      try {
        executor.execute(this::runWhileWanted);
      } catch (RuntimeException refused) {
        // an executor that refuses (shutting down, not ready yet) must not leave every later ask without a run
        running.set(false);
        throw refused;
      }
    }
  }

  /**
   * The executor dropped the run it was given without starting it: a managed executor aborts, and
   * reports only to a task listener, a task handed to it while the application is being enabled
   * (payara/Payara#2305). Without this, every later ask would find a run going on that never began.
   */
  public void abandoned() {
    if (!begun.get()) {
      running.set(false);
    }
  }

  /**
   * An ask that lands just as the loop lets go finds it still running and starts nothing, so the
   * loop looks once more after letting go. A run that throws anything, an Error too, ends the loop
   * and lets go; the next ask starts a new one. (A managed executor keeps what a task threw to
   * itself, so the work should log its own failures.) Asks that come during the wait for the
   * spacing are served by the run that follows it.
   */
  private void runWhileWanted() {
    begun.set(true);
    boolean stopping = false;
    do {
      try {
        while (wanted.get()) {
          if (!waitedForSpacing()) {
            stopping = true;
            break;
          }
          wanted.set(false);
          lastStart = System.nanoTime();
          work.run();
        }
      } finally {
        running.set(false);
      }
    } while (!stopping && wanted.get() && running.compareAndSet(false, true));
  }

  /** False when interrupted (the application stops): the loop lets go, and the next ask starts a new one. */
  private boolean waitedForSpacing() {
    long wait = lastStart + spacingNanos - System.nanoTime();
    if (wait <= 0) {
      return true;
    }
    try {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      return true;
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
