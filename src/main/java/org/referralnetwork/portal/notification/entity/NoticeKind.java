package org.referralnetwork.portal.notification.entity;

import java.util.List;
import java.util.Optional;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.security.Roles;

/** What happened that needs a person, and whose people hear of it, by role. */
public enum NoticeKind {
  REFERRAL_SUBMITTED(List.of(Audience.secretariat(Roles.REVIEWER))),
  INFORMATION_REQUESTED(List.of(Audience.organisation(Roles.REFERRER))),
  INFORMATION_PROVIDED(List.of(Audience.secretariat(Roles.REVIEWER))),
  DECISION_MADE(List.of(Audience.organisation(Roles.REFERRER))),
  OFFER_TO_HOST(List.of(Audience.organisation(Roles.HOST_COORDINATOR))),
  OFFER_ANSWERED(List.of(Audience.secretariat(Roles.REVIEWER))),
  SLOTS_NEARLY_USED(List.of(Audience.organisation(Roles.ORG_ADMIN), Audience.secretariat(Roles.SECRETARIAT_ADMIN)));

  /**
   * Holders of a role in the event's organisation (the referring partner, the host offered to, the
   * quota's partner) or in the secretariat.
   */
  public record Audience(boolean inSecretariat, String role) {
    static Audience secretariat(String role) {
      return new Audience(true, role);
    }

    static Audience organisation(String role) {
      return new Audience(false, role);
    }
  }

  private final List<Audience> audiences;

  NoticeKind(List<Audience> audiences) {
    this.audiences = audiences;
  }

  public List<Audience> audiences() {
    return audiences;
  }

  /** The notice a move of a referral gives, if any: moves nobody waits for give none. */
  public static Optional<NoticeKind> forMove(Transition move) {
    return Optional.ofNullable(
        switch (move) {
          case SUBMIT -> REFERRAL_SUBMITTED;
          case REQUEST_INFORMATION -> INFORMATION_REQUESTED;
          case ANSWER_INFORMATION_REQUEST -> INFORMATION_PROVIDED;
          case ACCEPT, REJECT, REDIRECT -> DECISION_MADE;
          case OFFER_TO_HOST -> OFFER_TO_HOST;
          case HOST_ACCEPT, HOST_DECLINE -> OFFER_ANSWERED;
          default -> null;
        });
  }

  /**
   * True when a quota's use (held and used slots) crosses the warning share with this change:
   * once on the way up, not again for every later referral.
   */
  public static boolean slotsCrossWarning(int allotted, int takenBefore, int takenAfter, int warnPercent) {
    if (allotted <= 0) {
      return false;
    }
    long threshold = (long) allotted * warnPercent; // compared in hundredths, without rounding
    return takenBefore * 100L < threshold && takenAfter * 100L >= threshold;
  }
}
