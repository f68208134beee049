package org.referralnetwork.portal.notification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedExecutors;
import jakarta.enterprise.concurrent.ManagedTaskListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.referralnetwork.portal.notification.control.NoticeRecorded;
import org.referralnetwork.portal.platform.OneRunAtATime;

/**
 * The runs that empty the outbox on this instance: one at a time, repeated while someone asks. A
 * run starts once a transaction that recorded an event has committed (never before, never on a
 * rollback), and from the scheduled job. In a burst, a run per commit had every run scan the same
 * outbox rows and fight the others for them, and two runs' claims could deadlock.
 */
@ApplicationScoped
public class OutboxRuns {

  private static final Logger LOG = Logger.getLogger(OutboxRuns.class.getName());

  @EJB NotificationDispatcher dispatcher;
  @Resource ManagedExecutorService executor;

  /**
   * Between the starts of two runs at least: in a burst a run per commit or two sent each reviewer
   * a letter for about every submission (28 submissions in 7 s: 46 letters to two reviewers); with
   * a run a second, the letters of that second go together (16 letters).
   */
  @Inject
  @ConfigProperty(name = "portal.notifications.run-spacing-ms", defaultValue = "1000")
  long runSpacingMillis;

  private OneRunAtATime runs;

  @PostConstruct
  void prepare() {
    runs = new OneRunAtATime(run -> executor.execute(ManagedExecutors.managedTask(run, new Abandoned())), this::dispatch,
        Duration.ofMillis(runSpacingMillis));
  }

  /** Lets the runs go on when the executor aborts one before it starts (it says so only to a listener). */
  private final class Abandoned implements ManagedTaskListener {
    @Override
    public void taskAborted(Future<?> future, ManagedExecutorService executor, Object task, Throwable cause) {
      LOG.log(Level.WARNING, "notifications: a run was aborted before it started ({0}); the scheduled job asks again"
          + " within 20 seconds", cause == null ? "no cause given" : cause.getClass().getSimpleName());
      runs.abandoned();
    }

    @Override
    public void taskSubmitted(Future<?> future, ManagedExecutorService executor, Object task) {}

    @Override
    public void taskStarting(Future<?> future, ManagedExecutorService executor, Object task) {}

    @Override
    public void taskDone(Future<?> future, ManagedExecutorService executor, Object task, Throwable exception) {}
  }

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeRecorded recorded) {
    runSoon();
  }

  /** A run soon, or one more after the run going on now. */
  public void runSoon() {
    try {
      runs.ask();
    } catch (RuntimeException refused) {
      // never the caller's failure: its transaction has committed, and the scheduled job asks again within 20 seconds
      LOG.log(Level.WARNING, "notifications: a run could not start ({0})", refused.getClass().getSimpleName());
    }
  }

  private void dispatch() {
    try {
      dispatcher.dispatch();
    } catch (RuntimeException failed) {
      // the scheduled job asks again within 20 seconds; the root cause names it (the container wraps it)
      Throwable cause = failed;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      LOG.log(Level.WARNING, "notifications: a run failed ({0})", cause.getClass().getSimpleName());
    } catch (Error failed) {
      // the managed executor would keep it to itself, and the outbox would seem to stall for no reason
      LOG.log(Level.SEVERE, "notifications: a run failed", failed);
      throw failed;
    }
  }
}
