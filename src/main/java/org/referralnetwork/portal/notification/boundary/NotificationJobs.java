package org.referralnetwork.portal.notification.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * The safety net of the outbox: every 20 seconds, whatever the after-commit runs left (a retry that
 * is due, an instance that died while sending). Every instance runs it; the claims keep it single.
 */
@Singleton
public class NotificationJobs {

  @Inject OutboxRuns runs;

  @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
  void dispatch() {
    runs.runSoon();
  }
}
