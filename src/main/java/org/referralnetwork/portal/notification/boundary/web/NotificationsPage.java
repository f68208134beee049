package org.referralnetwork.portal.notification.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.referralnetwork.portal.notification.boundary.Inbox;
import org.referralnetwork.portal.notification.boundary.Inbox.Notice;
import org.referralnetwork.portal.notification.control.NoticeTexts;
import org.referralnetwork.portal.notification.entity.NoticeKind;
import org.referralnetwork.portal.platform.web.Messages;

/** The caller's notifications, newest first, and their choice of e-mails. */
@Named("notificationsPage")
@ViewScoped
public class NotificationsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int SHOWN = 100;

  @Inject private Inbox inbox;
  @Inject private Messages messages;
  @Inject private NotificationBell bell;

  private List<Notice> notices;
  private List<NoticeKind> kinds;
  private List<String> emailed;

  @PostConstruct
  void load() {
    notices = inbox.latest(SHOWN);
    kinds = new ArrayList<>(inbox.kindsForCaller());
    emailed = inbox.emailed().stream().map(Enum::name).toList();
  }

  public String lineOf(Notice notice) {
    return NoticeTexts.line(messages.locale(), notice.kind(), notice.reference(), notice.detail());
  }

  public void markAllRead() {
    inbox.markAllRead();
    bell.recount();
    notices = inbox.latest(SHOWN);
    messages.info("notifications.allRead");
  }

  /** Names that are not the caller's kinds (a forged post) are ignored: nobody turns on what their role does not get. */
  public void saveChoices() {
    Set<NoticeKind> wanted = EnumSet.noneOf(NoticeKind.class);
    for (NoticeKind kind : kinds) {
      if (emailed != null && emailed.contains(kind.name())) {
        wanted.add(kind);
      }
    }
    inbox.chooseEmails(wanted);
    messages.info("notifications.choicesSaved");
  }

  public List<Notice> getNotices() {
    return notices;
  }

  public List<NoticeKind> getKinds() {
    return kinds;
  }

  public List<String> getEmailed() {
    return emailed;
  }

  public void setEmailed(List<String> emailed) {
    this.emailed = emailed;
  }
}
