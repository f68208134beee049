package org.referralnetwork.portal.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.security.Roles;

class NoticeKindTest {

  @Test
  void theMovesSomebodyWaitsForGiveANotice() {
    assertEquals(Optional.of(NoticeKind.REFERRAL_SUBMITTED), NoticeKind.forMove(Transition.SUBMIT));
    assertEquals(Optional.of(NoticeKind.INFORMATION_REQUESTED), NoticeKind.forMove(Transition.REQUEST_INFORMATION));
    assertEquals(Optional.of(NoticeKind.INFORMATION_PROVIDED), NoticeKind.forMove(Transition.ANSWER_INFORMATION_REQUEST));
    for (Transition decision : new Transition[] {Transition.ACCEPT, Transition.REJECT, Transition.REDIRECT}) {
      assertEquals(Optional.of(NoticeKind.DECISION_MADE), NoticeKind.forMove(decision));
    }
    assertEquals(Optional.of(NoticeKind.OFFER_TO_HOST), NoticeKind.forMove(Transition.OFFER_TO_HOST));
    assertEquals(Optional.of(NoticeKind.OFFER_ANSWERED), NoticeKind.forMove(Transition.HOST_ACCEPT));
    assertEquals(Optional.of(NoticeKind.OFFER_ANSWERED), NoticeKind.forMove(Transition.HOST_DECLINE));
  }

  @Test
  void aReviewerStartingTheReviewNotifiesNobody() {
    assertEquals(Optional.empty(), NoticeKind.forMove(Transition.START_REVIEW));
    assertEquals(Optional.empty(), NoticeKind.forMove(Transition.CLOSE));
  }

  @Test
  void offersReachTheHostsCoordinatorsAndSubmissionsTheSecretariatsReviewers() {
    NoticeKind.Audience host = NoticeKind.OFFER_TO_HOST.audiences().get(0);
    assertFalse(host.inSecretariat());
    assertEquals(Roles.HOST_COORDINATOR, host.role());
    NoticeKind.Audience review = NoticeKind.REFERRAL_SUBMITTED.audiences().get(0);
    assertTrue(review.inSecretariat());
    assertEquals(Roles.REVIEWER, review.role());
  }

  @Test
  void slotsWarnOnceWhenTheirUseCrossesTheShare() {
    assertTrue(NoticeKind.slotsCrossWarning(10, 7, 8, 80), "7 to 8 of 10 reaches 80 %");
    assertFalse(NoticeKind.slotsCrossWarning(10, 8, 9, 80), "already past: no second warning");
    assertFalse(NoticeKind.slotsCrossWarning(10, 6, 7, 80), "not yet");
    assertTrue(NoticeKind.slotsCrossWarning(3, 2, 3, 80), "2 of 3 is 66 %, 3 of 3 is 100 %");
    assertTrue(NoticeKind.slotsCrossWarning(7, 5, 6, 80), "5.6 slots is 80 % of 7: 6 reaches it, without rounding");
    assertFalse(NoticeKind.slotsCrossWarning(0, 0, 0, 80), "a quota of nothing warns of nothing");
  }
}
