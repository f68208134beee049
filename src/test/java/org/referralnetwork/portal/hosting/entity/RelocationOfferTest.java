package org.referralnetwork.portal.hosting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.referral.entity.Defender;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Urgency;

class RelocationOfferTest {

  private static final Instant OFFERED = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant DUE = OFFERED.plus(Duration.ofDays(7));

  private static RelocationOffer offer() {
    Organisation partner = new Organisation("p", "p", "Partner", EnumSet.of(OrganisationKind.CONSORTIUM_PARTNER), OFFERED);
    Organisation host = new Organisation("h", "h", "Host", EnumSet.of(OrganisationKind.RELOCATION_HOST), OFFERED);
    Referral referral = Referral.draft(partner, new Defender(partner, 1L, "Lina", "SY"), Programme.TEMPORARY_RELOCATION,
        Urgency.HIGH, RequestLanguage.AR, "alice", OFFERED);
    HostingRequest request = new HostingRequest(LocalDate.of(2027, 1, 31), 3, RequestLanguage.AR,
        EnumSet.of(HostProvision.NETWORKING), false, false, null);
    return new RelocationOffer(referral, host, request, false, "rita", OFFERED, DUE);
  }

  @Test
  void anOfferUnansweredAfterItsTimeIsOverdueAndAnAnsweredOneNever() {
    RelocationOffer offer = offer();
    assertFalse(offer.isOverdue(DUE));
    assertTrue(offer.isOverdue(DUE.plusSeconds(1)));
    offer.decline("hana", "full", DUE.plusSeconds(2));
    assertFalse(offer.isOverdue(DUE.plus(Duration.ofDays(30))));
  }

  @Test
  void anOfferIsAnsweredOnce() {
    RelocationOffer offer = offer();
    offer.accept("hana", OFFERED.plusSeconds(60));
    assertEquals(OfferState.ACCEPTED, offer.getState());
    assertThrows(OfferAnsweredException.class, () -> offer.decline("hugo", "late", OFFERED.plusSeconds(61)));
    assertThrows(OfferAnsweredException.class, () -> offer.withdraw("rita", "no answer", OFFERED.plusSeconds(62)));
    assertEquals("hana", offer.getAnsweredBy());
  }

  @Test
  void theWantedPeriodEndsTheDayBeforeTheSameDateMonthsLater() {
    assertEquals(LocalDate.of(2027, 4, 29), offer().wantedEnd(), "31 January plus 3 months is 30 April, the stay ends the 29th");
  }

  @Test
  void aRelocationTakesItsPlaceUntilItEnds() {
    Relocation relocation = new Relocation(offer(), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 7, 31), new BigDecimal("9000"));
    assertEquals(LocalDate.of(2027, 7, 31), relocation.lastDay());
    assertThrows(IllegalStateException.class, () -> relocation.returned(LocalDate.of(2027, 3, 1)), "not before arrival");
    relocation.arrive(LocalDate.of(2027, 2, 1));
    relocation.endEarly(LocalDate.of(2027, 3, 15), "threats followed");
    assertEquals(RelocationState.ENDED_EARLY, relocation.getState());
    assertEquals(LocalDate.of(2027, 3, 15), relocation.lastDay());
    assertFalse(relocation.getState().takesAPlace());
  }
}
