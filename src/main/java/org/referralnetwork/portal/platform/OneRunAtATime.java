package org.referralnetwork.portal.platform;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A piece of work that many threads ask for and that should run once at a time: asks that come
 * while it runs are folded into one more run after it, and no ask is ever left without a run that
 * began after it.
 */
public final class OneRunAtATime {

  private final Executor executor;
  private final Runnable work;
  private final AtomicBoolean wanted = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();
  /** Whether the run last handed to the executor has begun: only one that has not may be abandoned. */
  private final AtomicBoolean begun = new AtomicBoolean();

  public OneRunAtATime(Executor executor, Runnable work) {
    this.executor = executor;
    this.work = work;
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
   * itself, so the work should log its own failures.)
   */
  private void runWhileWanted() {
    begun.set(true);
    do {
      try {
        while (wanted.getAndSet(false)) {
          work.run();
        }
      } finally {
        running.set(false);
      }
    } while (wanted.get() && running.compareAndSet(false, true));
  }
}
