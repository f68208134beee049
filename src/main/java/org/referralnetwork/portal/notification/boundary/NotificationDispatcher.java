package org.referralnetwork.portal.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.referralnetwork.portal.notification.control.Letters;
import org.referralnetwork.portal.notification.control.Mailer;
import org.referralnetwork.portal.notification.control.Mailer.SmtpConnection;
import org.referralnetwork.portal.notification.control.NotificationStore;
import org.referralnetwork.portal.notification.control.NotificationStore.Email;
import org.referralnetwork.portal.notification.control.NotificationStore.Event;
import org.referralnetwork.portal.notification.control.NotificationStore.Recipient;
import org.referralnetwork.portal.notification.control.Recipients;

/**
 * Empties the outbox: events become notifications (who is asked from Keycloak), then pending
 * e-mails are sent, a person's together in one letter ({@link Letters}). Every event and every
 * e-mail is claimed before it is worked on (the e-mails of the events a run expands are written
 * claimed by it), so any number of runs on any number of instances may overlap. A failure is
 * retried later, with a doubling wait, and given up (state FAILED, counted in the log) after
 * {@code portal.notifications.max-attempts}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationDispatcher {

  private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());
  private static final int BATCH = 50;
  /** E-mails claimed in one go: enough that in a burst a person's notifications share a letter. */
  private static final int EMAIL_BATCH = 1000;
  /** Notifications in one letter at most, to keep it readable. */
  private static final int PER_LETTER = 50;
  /** Long enough for a slow Keycloak or mail server; after it, another run may take the work over. */
  private static final Duration CLAIM = Duration.ofMinutes(5);

  @Inject NotificationStore store;
  @Inject Recipients recipients;
  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "portal.notifications.retry-seconds", defaultValue = "60")
  long retrySeconds;

  @Inject
  @ConfigProperty(name = "portal.notifications.max-attempts", defaultValue = "10")
  int maxAttempts;

  private final Clock clock = Clock.systemUTC();

  /**
   * One run, until the outbox holds nothing due: a batch of events, then a batch of e-mails, again
   * while either batch was full, so that in a burst the bell does not wait for every e-mail. Its
   * failures are logged as one line, so a mail server that is down does not flood the log.
   */
  public void dispatch() {
    Failures failures = new Failures();
    try (SmtpConnection smtp = mailer.connection()) {
      boolean more;
      do {
        // each turn of the loop claims under a token of its own, so what it reads back is only its own
        String run = UUID.randomUUID().toString();
        List<Event> events = store.claimEvents(run, clock.instant(), CLAIM, BATCH);
        List<Email> emails = new ArrayList<>(expand(events, run, failures));
        List<Email> due = store.claimEmails(run, clock.instant(), CLAIM, EMAIL_BATCH);
        emails.addAll(due);
        List<Email> sent = new ArrayList<>();
        for (List<Email> letter : Letters.of(emails, PER_LETTER)) {
          if (send(smtp, letter, failures)) {
            sent.addAll(letter);
          }
        }
        store.emailsSent(sent, clock.instant());
        // after a failure the run stops: with Keycloak or the mail server down, the next batch would fail too
        more = (events.size() == BATCH || due.size() == EMAIL_BATCH) && failures.none();
      } while (more);
    }
    if (!failures.none()) {
      LOG.log(Level.WARNING, "notifications: {0} events not expanded, {1} e-mails not sent, to be retried"
          + " (last cause: {2}; rows {3})", new Object[] {failures.events, failures.emails, failures.lastCause, failures.ids});
    }
  }

  /** What went wrong in one run: counts, the row ids (never an address: that is personal data) and the last cause. */
  private static final class Failures {
    private static final int IDS_SHOWN = 10;
    private int events;
    private int emails;
    private String lastCause = "";
    private final List<String> ids = new ArrayList<>();

    boolean none() {
      return events + emails == 0;
    }

    void event(long id, Exception cause) {
      events++;
      add("event " + id, cause);
    }

    void email(long id, Exception cause) {
      emails++;
      add("e-mail " + id, cause);
    }

    private void add(String row, Exception cause) {
      lastCause = cause.getClass().getSimpleName();
      if (ids.size() < IDS_SHOWN) {
        ids.add(row);
      }
    }
  }

  /**
   * The events' notifications and their e-mails as written, claimed by the run. An event whose
   * recipients cannot be found, or that cannot be written, is retried later.
   */
  private List<Email> expand(List<Event> events, String run, Failures failures) {
    Map<Event, List<Recipient>> found = new LinkedHashMap<>();
    for (Event event : events) {
      try {
        found.put(event, recipients.of(event));
      } catch (IOException | RuntimeException failed) {
        eventFailed(event, failed, failures);
      }
    }
    store.expand(found, run, clock.instant(), CLAIM).forEach((event, failed) -> eventFailed(event, failed, failures));
    return store.expandedEmails(run, found.keySet().stream().map(Event::id).toList());
  }

  private void eventFailed(Event event, Exception cause, Failures failures) {
    store.eventFailed(event, retryAt(event.attempts()), maxAttempts);
    failures.event(event.id(), cause);
  }

  /** Whether the server took the letter; if not, each of its e-mails is put back for a later try. */
  private boolean send(SmtpConnection smtp, List<Email> letter, Failures failures) {
    try {
      smtp.send(letter);
      return true;
    } catch (MessagingException | RuntimeException failed) {
      for (Email email : letter) {
        store.emailFailed(email, retryAt(email.attempts()), maxAttempts);
        failures.email(email.id(), failed);
      }
      return false;
    }
  }

  /** 1, 2, 4, ... times the retry interval, at most a day. */
  private Instant retryAt(int attemptsSoFar) {
    long wait = Math.min(retrySeconds << Math.min(attemptsSoFar, 20), Duration.ofDays(1).toSeconds());
    return clock.instant().plusSeconds(wait);
  }
}
