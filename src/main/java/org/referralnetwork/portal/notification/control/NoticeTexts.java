package org.referralnetwork.portal.notification.control;

import java.util.List;
import java.util.Locale;
import org.referralnetwork.portal.notification.entity.NoticeKind;
import org.referralnetwork.portal.platform.web.Messages;

/**
 * The words of a notification, from the portal's bundles in the reader's language. They say what
 * happened to which reference and where to look, never who the defender is or what the case holds.
 */
public final class NoticeTexts {

  private NoticeTexts() {}

  /** One line: "RN-2026-000042: information was requested", for the portal and the e-mail's subject. */
  public static String line(Locale locale, NoticeKind kind, String reference, String detail) {
    return Messages.text(locale, "notice." + kind.name(), referenceText(locale, kind, reference),
        detailText(locale, kind, detail));
  }

  /** The e-mail's body: the line, the link, and why the reader gets it. */
  public static String body(Locale locale, NoticeKind kind, String reference, String detail, String link,
      String choicesLink) {
    return Messages.text(locale, "notice.email.body", line(locale, kind, reference, detail), link, choicesLink);
  }

  public static String subject(Locale locale, NoticeKind kind, String reference, String detail) {
    return Messages.text(locale, "notice.email.subject", line(locale, kind, reference, detail));
  }

  /** The subject of a letter about several notifications: the first one's line, and how many more. */
  public static String digestSubject(Locale locale, String firstLine, int more) {
    return Messages.text(locale, "notice.email.digest.subject", firstLine, more);
  }

  /** The body of such a letter: each notification's line with its link, then where to see them all. */
  public static String digestBody(Locale locale, List<String> linesWithLinks, String notificationsLink) {
    return Messages.text(locale, "notice.email.digest.body", String.join("\n\n", linesWithLinks), notificationsLink);
  }

  /** A referral's reference as it is; a quota's "PROGRAMME start/end" with the programme's name. */
  private static String referenceText(Locale locale, NoticeKind kind, String reference) {
    int space = reference.indexOf(' ');
    if (kind != NoticeKind.SLOTS_NEARLY_USED || space < 0) {
      return reference;
    }
    return Messages.text(locale, "Programme." + reference.substring(0, space)) + reference.substring(space);
  }

  /** A decision or an answer is shown as the status it led to; slots as the share taken. */
  private static String detailText(Locale locale, NoticeKind kind, String detail) {
    if (detail == null) {
      return "";
    }
    return switch (kind) {
      case DECISION_MADE, OFFER_ANSWERED -> Messages.text(locale, "ReferralStatus." + detail);
      default -> detail;
    };
  }
}
