package org.referralnetwork.portal.notification.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.referralnetwork.portal.notification.boundary.Inbox;

/** The header's count of unread notifications, asked once per request. */
@Named("notificationBell")
@RequestScoped
public class NotificationBell {

  @Inject private Inbox inbox;
  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = inbox.unread();
    }
    return unread;
  }

  /** Counts again at the next question: the caller just read them. */
  void recount() {
    unread = null;
  }
}
