package org.referralnetwork.portal.referral.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;

/** Every allowed and every refused move of a referral's life. */
class ReferralLifeTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private static Referral draft(Programme programme) {
    Organisation organisation = new Organisation("o", "o", "O", EnumSet.of(OrganisationKind.CONSORTIUM_PARTNER), T0);
    return Referral.draft(
        organisation, new Defender(organisation, 1L, "Lina", "SY"), programme, Urgency.URGENT, RequestLanguage.AR, "alice", T0);
  }

  /** Takes a referral of the programme to the status along the shortest legal path. */
  private static Referral inState(Programme programme, ReferralStatus status) {
    Referral referral = draft(programme);
    List<Transition> path =
        switch (status) {
          case DRAFT -> List.of();
          case SUBMITTED -> List.of(Transition.SUBMIT);
          case UNDER_REVIEW -> List.of(Transition.SUBMIT, Transition.START_REVIEW);
          case INFORMATION_REQUESTED -> List.of(Transition.SUBMIT, Transition.START_REVIEW, Transition.REQUEST_INFORMATION);
          case ACCEPTED -> List.of(Transition.SUBMIT, Transition.START_REVIEW, Transition.ACCEPT);
          case REJECTED -> List.of(Transition.SUBMIT, Transition.START_REVIEW, Transition.REJECT);
          case REDIRECTED -> List.of(Transition.SUBMIT, Transition.START_REVIEW, Transition.REDIRECT);
          case WITHDRAWN -> List.of(Transition.SUBMIT, Transition.WITHDRAW);
          case FUNDED -> List.of(Transition.SUBMIT, Transition.START_REVIEW, Transition.ACCEPT, Transition.MARK_FUNDED);
          case REFERRED_TO_CANADA ->
              List.of(Transition.SUBMIT, Transition.START_REVIEW, Transition.ACCEPT, Transition.REFER_TO_CANADA);
          case RESETTLED ->
              List.of(Transition.SUBMIT, Transition.START_REVIEW, Transition.ACCEPT, Transition.REFER_TO_CANADA, Transition.RECORD_RESETTLED);
          case NOT_SELECTED ->
              List.of(Transition.SUBMIT, Transition.START_REVIEW, Transition.ACCEPT, Transition.REFER_TO_CANADA, Transition.RECORD_NOT_SELECTED);
          case CLOSED -> List.of(Transition.SUBMIT, Transition.START_REVIEW, Transition.ACCEPT, Transition.MARK_FUNDED, Transition.CLOSE);
          case HOST_OFFERED -> relocation(Transition.OFFER_TO_HOST);
          case HOST_DECLINED -> relocation(Transition.OFFER_TO_HOST, Transition.HOST_DECLINE);
          case HOST_ACCEPTED -> relocation(Transition.OFFER_TO_HOST, Transition.HOST_ACCEPT);
          case RELOCATION_ACTIVE -> relocation(Transition.OFFER_TO_HOST, Transition.HOST_ACCEPT, Transition.CONFIRM_ARRIVAL);
          case RETURNED ->
              relocation(Transition.OFFER_TO_HOST, Transition.HOST_ACCEPT, Transition.CONFIRM_ARRIVAL, Transition.RECORD_RETURN);
          case ENDED_EARLY ->
              relocation(Transition.OFFER_TO_HOST, Transition.HOST_ACCEPT, Transition.CONFIRM_ARRIVAL, Transition.END_EARLY);
        };
    for (Transition step : path) {
      referral.apply(step, "someone", "because", T0);
    }
    return referral;
  }

  private static List<Transition> relocation(Transition... afterAcceptance) {
    List<Transition> path = new java.util.ArrayList<>(List.of(Transition.SUBMIT, Transition.START_REVIEW, Transition.ACCEPT));
    path.addAll(List.of(afterAcceptance));
    return path;
  }

  private static final EnumSet<ReferralStatus> RELOCATION_STATES =
      EnumSet.of(ReferralStatus.HOST_OFFERED, ReferralStatus.HOST_ACCEPTED, ReferralStatus.HOST_DECLINED,
          ReferralStatus.RELOCATION_ACTIVE, ReferralStatus.RETURNED, ReferralStatus.ENDED_EARLY);

  private static Programme programmeReaching(ReferralStatus status) {
    if (RELOCATION_STATES.contains(status)) {
      return Programme.TEMPORARY_RELOCATION;
    }
    return EnumSet.of(ReferralStatus.REFERRED_TO_CANADA, ReferralStatus.RESETTLED, ReferralStatus.NOT_SELECTED).contains(status)
        ? Programme.CANADA_STREAM
        : Programme.EMERGENCY_GRANT;
  }

  static Stream<Arguments> everyTransitionFromEveryReachableState() {
    return EnumSet.allOf(ReferralStatus.class).stream()
        .flatMap(status -> Stream.of(Transition.values()).map(t -> Arguments.of(status, t)));
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("everyTransitionFromEveryReachableState")
  void aTransitionIsAppliedExactlyWhenItStartsFromTheStateAndFitsTheProgramme(ReferralStatus status, Transition transition) {
    Referral referral = inState(programmeReaching(status), status);
    int historyBefore = referral.getHistory().size();
    boolean allowed = transition.startsFrom(status) && transition.appliesTo(referral.getProgramme());
    if (allowed) {
      referral.apply(transition, "bob", "a reason", T0.plusSeconds(60));
      assertEquals(transition.target(), referral.getStatus());
      assertEquals(historyBefore + 1, referral.getHistory().size());
      StatusChange last = referral.getHistory().get(historyBefore);
      assertEquals(status, last.getFromStatus());
      assertEquals("bob", last.getChangedBy());
      assertEquals("a reason", last.getReason());
    } else {
      assertThrows(TransitionNotAllowedException.class, () -> referral.apply(transition, "bob", "a reason", T0));
      assertEquals(status, referral.getStatus(), "a refused move changes nothing");
      assertEquals(historyBefore, referral.getHistory().size());
    }
  }

  @Test
  void theHappyPathOfAGrantEndsClosedWithItsWholeHistory() {
    Referral referral = inState(Programme.EMERGENCY_GRANT, ReferralStatus.CLOSED);
    assertEquals(
        List.of(ReferralStatus.DRAFT, ReferralStatus.SUBMITTED, ReferralStatus.UNDER_REVIEW, ReferralStatus.ACCEPTED,
            ReferralStatus.FUNDED, ReferralStatus.CLOSED),
        referral.getHistory().stream().map(StatusChange::getToStatus).toList());
  }

  @Test
  void informationRequestedGoesBackToReviewOnceAnswered() {
    Referral referral = inState(Programme.TEMPORARY_RELOCATION, ReferralStatus.INFORMATION_REQUESTED);
    referral.apply(Transition.ANSWER_INFORMATION_REQUEST, "alice", "the documents are attached", T0);
    assertEquals(ReferralStatus.UNDER_REVIEW, referral.getStatus());
  }

  @Test
  void aRejectionWithoutReasonIsRefused() {
    Referral referral = inState(Programme.EMERGENCY_GRANT, ReferralStatus.UNDER_REVIEW);
    assertThrows(TransitionNotAllowedException.class, () -> referral.apply(Transition.REJECT, "rita", "  ", T0));
    assertEquals(ReferralStatus.UNDER_REVIEW, referral.getStatus());
  }

  @Test
  void aGrantIsNotReferredToCanadaAndACanadaReferralIsNotFunded() {
    assertThrows(
        TransitionNotAllowedException.class,
        () -> inState(Programme.EMERGENCY_GRANT, ReferralStatus.ACCEPTED).apply(Transition.REFER_TO_CANADA, "rita", null, T0));
    assertThrows(
        TransitionNotAllowedException.class,
        () -> inState(Programme.CANADA_STREAM, ReferralStatus.ACCEPTED).apply(Transition.MARK_FUNDED, "rita", null, T0));
  }

  @Test
  void eachActorSeesOnlyItsOwnMoves() {
    assertEquals(
        EnumSet.of(Transition.WITHDRAW, Transition.ANSWER_INFORMATION_REQUEST),
        Transition.available(Programme.EMERGENCY_GRANT, ReferralStatus.INFORMATION_REQUESTED, Transition.Actor.REFERRING_ORGANISATION));
    assertEquals(
        EnumSet.of(Transition.REQUEST_INFORMATION, Transition.ACCEPT, Transition.REJECT, Transition.REDIRECT),
        Transition.available(Programme.EMERGENCY_GRANT, ReferralStatus.UNDER_REVIEW, Transition.Actor.SECRETARIAT));
    assertTrue(Transition.available(Programme.EMERGENCY_GRANT, ReferralStatus.CLOSED, Transition.Actor.SECRETARIAT).isEmpty());
  }
}
