package org.referralnetwork.portal.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.referralnetwork.portal.notification.control.NoticeRecorded;

/** Starts sending once the transaction that recorded an event has committed, never before and never on a rollback. */
@ApplicationScoped
public class SendAfterCommit {

  @Inject NotificationDispatcher dispatcher;

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeRecorded recorded) {
    dispatcher.dispatchSoon();
  }
}
