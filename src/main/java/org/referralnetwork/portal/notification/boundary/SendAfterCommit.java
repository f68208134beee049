package org.referralnetwork.portal.notification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.referralnetwork.portal.notification.control.NoticeRecorded;
import org.referralnetwork.portal.platform.OneRunAtATime;

/**
 * Starts sending once the transaction that recorded an event has committed, never before and never
 * on a rollback. One run at a time on this instance, repeated while commits keep asking: in a burst,
 * a run per commit had every run scan the same outbox rows and fight the others for them.
 */
@ApplicationScoped
public class SendAfterCommit {

  private static final Logger LOG = Logger.getLogger(SendAfterCommit.class.getName());

  @Inject NotificationDispatcher dispatcher;
  @Resource ManagedExecutorService executor;

  private OneRunAtATime runs;

  @PostConstruct
  void prepare() {
    runs = new OneRunAtATime(executor, this::dispatch);
  }

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeRecorded recorded) {
    runs.ask();
  }

  private void dispatch() {
    try {
      dispatcher.dispatch();
    } catch (RuntimeException outboxUnreadable) {
      // the scheduled job tries again within 20 seconds
      LOG.log(Level.WARNING, "notifications: a run after a commit failed ({0})", outboxUnreadable.getClass().getSimpleName());
    }
  }
}
