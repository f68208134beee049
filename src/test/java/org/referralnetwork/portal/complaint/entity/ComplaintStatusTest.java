package org.referralnetwork.portal.complaint.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.referral.entity.RequestLanguage;

class ComplaintStatusTest {

  private static final Instant FILED = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant LATER = FILED.plusSeconds(3600);

  @Test
  void theAllowedMovesGoForwardAndAClosedComplaintMovesNoMore() {
    assertEquals(EnumSet.of(ComplaintStatus.IN_PROGRESS, ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED),
        ComplaintStatus.RECEIVED.next());
    assertEquals(EnumSet.of(ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED), ComplaintStatus.IN_PROGRESS.next());
    assertEquals(EnumSet.of(ComplaintStatus.IN_PROGRESS, ComplaintStatus.CLOSED), ComplaintStatus.ANSWERED.next());
    assertTrue(ComplaintStatus.CLOSED.next().isEmpty());
    for (ComplaintStatus status : ComplaintStatus.values()) {
      assertFalse(status.mayMoveTo(ComplaintStatus.RECEIVED), "nothing goes back to received: " + status);
      assertFalse(status.mayMoveTo(status), "no move to itself: " + status);
    }
  }

  @Test
  void answeringNeedsAnAnswerAndRecordsWhoAndWhen() {
    Complaint complaint = complaint();
    assertThrows(AnswerRequiredException.class, () -> complaint.handle(ComplaintStatus.ANSWERED, " ", null, "rita", LATER));
    assertEquals(ComplaintStatus.RECEIVED, complaint.getStatus(), "a refused move changes nothing");
    complaint.handle(ComplaintStatus.ANSWERED, "We looked into it.", "called the partner", "rita", LATER);
    assertEquals(ComplaintStatus.ANSWERED, complaint.getStatus());
    assertEquals("rita", complaint.getHandledBy());
    assertEquals(LATER, complaint.getHandledAt());
    assertEquals(LATER, complaint.getAnsweredAt());
    assertEquals("called the partner", complaint.getInternalNote());
  }

  @Test
  void aMoveTheStatusDoesNotAllowIsRefusedAndAClosedComplaintStaysAsItIs() {
    Complaint complaint = complaint();
    complaint.handle(ComplaintStatus.IN_PROGRESS, null, "first look", "rita", LATER);
    assertNull(complaint.getAnsweredAt());
    complaint.handle(ComplaintStatus.IN_PROGRESS, null, "a note, no move", "sam", LATER.plusSeconds(60));
    assertEquals("sam", complaint.getHandledBy());
    complaint.handle(ComplaintStatus.CLOSED, null, "spam", "sam", LATER.plusSeconds(120));
    assertThrows(ComplaintMoveNotAllowedException.class,
        () -> complaint.handle(ComplaintStatus.ANSWERED, "late answer", null, "rita", LATER.plusSeconds(180)));
    assertThrows(ComplaintMoveNotAllowedException.class,
        () -> complaint.handle(ComplaintStatus.CLOSED, null, "edited", "rita", LATER.plusSeconds(180)));
    assertEquals("spam", complaint.getInternalNote());
  }

  @Test
  void feedbackBelongsToAnOrganisationAndHasNoSecret() {
    Complaint feedback = Complaint.feedback(1L, "F-2345-6789", null, "alice", ComplaintSubject.OTHER, "Thanks", RequestLanguage.EN,
        FILED);
    assertEquals(ComplaintKind.FEEDBACK, feedback.getKind());
    assertNull(feedback.getSecretHash());
    assertNotNull(complaint().getSecretHash());
  }

  private static Complaint complaint() {
    return Complaint.complaint(1L, "C-2345-6789", "a".repeat(64), ComplaintSubject.DECISION, "text", null, null,
        RequestLanguage.FR, FILED);
  }
}
