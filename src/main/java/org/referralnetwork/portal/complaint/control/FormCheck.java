package org.referralnetwork.portal.complaint.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Tells people from scripts without a captcha: a field hidden from people (the honeypot) must
 * stay empty, and the form must have been shown at least {@code minimum} before it is sent.
 */
public final class FormCheck {

  /** What the check found; {@code waitSeconds} says how much longer to wait when too fast. */
  public record Verdict(Outcome outcome, long waitSeconds) {
    public boolean passed() {
      return outcome == Outcome.PASSED;
    }
  }

  public enum Outcome {
    PASSED,
    /** No ticket: the form was not shown by the portal, or was already sent. */
    NO_TICKET,
    /** The field hidden from people was filled in. */
    HONEYPOT,
    /** Sent faster than a person reads and writes. */
    TOO_FAST
  }

  private final Duration minimum;
  private final Clock clock;

  public FormCheck(Duration minimum, Clock clock) {
    this.minimum = minimum;
    this.clock = clock;
  }

  public FormTicket issue() {
    return new FormTicket(clock.instant());
  }

  public Verdict check(FormTicket ticket, String honeypot) {
    if (ticket == null) {
      return new Verdict(Outcome.NO_TICKET, 0);
    }
    if (honeypot != null && !honeypot.isEmpty()) {
      return new Verdict(Outcome.HONEYPOT, 0);
    }
    Instant earliest = ticket.issuedAt().plus(minimum);
    Instant now = clock.instant();
    if (now.isBefore(earliest)) {
      long millis = Duration.between(now, earliest).toMillis();
      return new Verdict(Outcome.TOO_FAST, Math.max(1, (millis + 999) / 1000));
    }
    return new Verdict(Outcome.PASSED, 0);
  }
}
