package org.referralnetwork.portal.complaint.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FormCheckTest {

  private final SteppingClock clock = new SteppingClock();
  private final FormCheck check = new FormCheck(Duration.ofSeconds(3), clock);

  @Test
  void aFormSentAfterTheMinimumTimeWithTheHiddenFieldEmptyPasses() {
    FormTicket ticket = check.issue();
    clock.advance(Duration.ofSeconds(3));
    assertTrue(check.check(ticket, null).passed());
    assertTrue(check.check(ticket, "").passed());
  }

  @Test
  void aFormSentTooFastIsToldHowLongToWait() {
    FormTicket ticket = check.issue();
    clock.advance(Duration.ofMillis(800));
    FormCheck.Verdict verdict = check.check(ticket, null);
    assertEquals(FormCheck.Outcome.TOO_FAST, verdict.outcome());
    assertEquals(3, verdict.waitSeconds(), "2.2 s rounded up");
    clock.advance(Duration.ofMillis(2199));
    assertEquals(1, check.check(ticket, null).waitSeconds(), "never 0 seconds to wait");
  }

  @Test
  void theHoneypotFilledInOrNoTicketIsRefused() {
    FormTicket ticket = check.issue();
    clock.advance(Duration.ofSeconds(30));
    assertEquals(FormCheck.Outcome.HONEYPOT, check.check(ticket, "http://spam.example").outcome());
    assertEquals(FormCheck.Outcome.HONEYPOT, check.check(ticket, " ").outcome());
    assertEquals(FormCheck.Outcome.NO_TICKET, check.check(null, null).outcome());
  }

  @Test
  void theClientAddressIsTheConnectionsUnlessTheProxyIsTrusted() {
    assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "198.51.100.7", false), "a header anyone can send counts for nothing");
    assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "203.0.113.9, 198.51.100.7", true), "the entry the proxy added");
    assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, true));
    assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " ", true));
  }
}
