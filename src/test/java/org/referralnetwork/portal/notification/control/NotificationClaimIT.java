package org.referralnetwork.portal.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.notification.control.NotificationStore.Email;
import org.referralnetwork.portal.notification.control.NotificationStore.Event;
import org.referralnetwork.portal.notification.control.NotificationStore.Recipient;
import org.referralnetwork.portal.notification.entity.NoticeKind;
import org.referralnetwork.portal.platform.SchemaMigration;
import org.referralnetwork.portal.testing.TestDatabase;

/**
 * The outbox's claims against the real database: of eight senders racing for the same event or
 * e-mail, exactly one wins; an event expanded twice (a crash after the insert) notifies nobody
 * twice; a claim left by a dead instance is taken over once it expires. In a schema of its own,
 * migrated here, where no running portal sends.
 */
class NotificationClaimIT {

  private static final int SENDERS = 8;
  private static final Duration HOLD = Duration.ofMinutes(5);
  private final NotificationStore store = new NotificationStore();
  private final Instant later = Instant.now().plus(1, ChronoUnit.HOURS);
  private final String schema = "claims_" + System.nanoTime();
  private DataSource db;

  @BeforeEach
  void migrate() throws Exception {
    db = TestDatabase.emptySchema(schema);
    SchemaMigration.flyway(db, TestDatabase::noMasterKeyNeeded, name -> null).migrate();
    store.dataSource = db;
  }

  @AfterEach
  void drop() throws Exception {
    TestDatabase.drop(schema);
  }

  @Test
  void ofEightSendersExactlyOneTakesAnEventAndEachEmail() throws Exception {
    long eventId = newEvent();
    List<List<Event>> claims = race(run -> store.claimEvents(run, later, HOLD, 50));
    List<Event> won = claims.stream().flatMap(List::stream).toList();
    assertEquals(1, won.size(), "one sender takes the event");
    assertEquals(eventId, won.get(0).id());

    List<Recipient> recipients = new ArrayList<>(List.of(new Recipient("claim-test-none", "")));
    for (int i = 0; i < 120; i++) {
      recipients.add(new Recipient("claim-test-" + i, "person" + i + "@example.org"));
    }
    store.expand(Map.of(won.get(0), recipients), "run-that-expanded", later, HOLD);
    // as after a crash between expanding and closing the event: another run expands it again
    store.expand(Map.of(won.get(0), recipients), "run-that-repeated", later, HOLD);
    assertEquals(121, count("SELECT COUNT(*) FROM notification WHERE event_id = ?", eventId), "each person once");
    assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE event_id = ? AND email_state = 'NO_ADDRESS'", eventId));
    assertEquals(1, count("SELECT COUNT(*) FROM notification_event WHERE id = ? AND state = 'DONE'", eventId));
    assertEquals(120, store.expandedEmails("run-that-expanded", List.of(eventId)).size(),
        "the run that expanded the event holds every e-mail to send");
    assertTrue(store.expandedEmails("run-that-repeated", List.of(eventId)).isEmpty(), "the repeat holds none");
    assertTrue(store.claimEmails("another-run", later, HOLD, 50).isEmpty(), "all held");

    // the run died: once its claims expire, eight senders take batches of up to 50, each e-mail exactly once
    Instant expired = later.plusSeconds(301);
    List<List<Email>> batches = race(run -> store.claimEmails(run, expired, HOLD, 50));
    List<String> addresses = batches.stream().flatMap(List::stream).map(Email::address).sorted().toList();
    assertEquals(120, addresses.size(), "every e-mail taken: " + batches.stream().map(List::size).toList());
    assertEquals(120, addresses.stream().distinct().count(), "no e-mail taken twice");
    assertTrue(batches.stream().allMatch(batch -> batch.size() <= 50));

    List<Email> sent = batches.stream().filter(batch -> !batch.isEmpty()).findFirst().orElseThrow();
    store.emailsSent(sent, expired);
    assertEquals(sent.size(), count("SELECT COUNT(*) FROM notification WHERE event_id = ?"
        + " AND email_state = 'SENT' AND email_address IS NULL", eventId), "a sent e-mail's address is not kept");
    assertEquals(120 - sent.size(), store.claimEmails("late-run", expired.plusSeconds(301), HOLD, 200).size(),
        "the unsent e-mails of senders that died are taken over when their claims expire; the sent ones are not");
  }

  @Test
  void anEventThatCannotBeWrittenDoesNotHoldBackTheOthersOfItsRun() throws Exception {
    long good = newEvent();
    long bad = newEvent();
    Map<Event, List<Recipient>> recipients = new LinkedHashMap<>();
    for (Event event : store.claimEvents("run", later, HOLD, 50)) {
      // a user id longer than the column: the database refuses the row, and with it its event's transaction
      String user = event.id() == bad ? "x".repeat(300) : "good-person";
      recipients.put(event, List.of(new Recipient(user, "person@example.org")));
    }

    Map<Event, RuntimeException> failed = store.expand(recipients, "run", later, HOLD);

    assertEquals(List.of(bad), failed.keySet().stream().map(Event::id).toList(), "only the bad event failed");
    assertEquals(1, count("SELECT COUNT(*) FROM notification_event WHERE id = ? AND state = 'DONE'", good));
    assertEquals(1, store.expandedEmails("run", List.of(good, bad)).size(), "the good event's e-mail is the run's to send");
    assertEquals(0, count("SELECT COUNT(*) FROM notification WHERE event_id = ?", bad), "nothing half written");
    assertEquals(1, count("SELECT COUNT(*) FROM notification_event WHERE id = ? AND state = 'CLAIMED'", bad),
        "the bad event is still the run's, to be put back for a retry");
  }

  @Test
  void anEmailThatFailedIsTakenAgainOnceItsRetryIsDue() throws Exception {
    long eventId = newEvent();
    Event event = store.claimEvents("run", later, HOLD, 50).get(0);
    store.expand(Map.of(event, List.of(new Recipient("retry-test", "retry@example.org"))), "run", later, HOLD);
    Email email = store.expandedEmails("run", List.of(eventId)).get(0);

    store.emailFailed(email, later.plusSeconds(60), 10);
    assertTrue(store.claimEmails("early-run", later.plusSeconds(59), HOLD, 50).isEmpty(), "not yet due");
    List<Email> retried = store.claimEmails("retry-run", later.plusSeconds(60), HOLD, 50);
    assertEquals(List.of(email.id()), retried.stream().map(Email::id).toList());
    assertEquals(1, retried.get(0).attempts());
  }

  @Test
  void aClaimLeftByADeadInstanceIsTakenOverWhenItExpires() throws Exception {
    newEvent();
    assertEquals(1, store.claimEvents("first", later, HOLD, 50).size());
    assertTrue(store.claimEvents("second", later.plusSeconds(60), HOLD, 50).isEmpty(), "still held");
    assertEquals(1, store.claimEvents("third", later.plusSeconds(301), HOLD, 50).size(), "expired: taken over");
  }

  @Test
  void aRunTakesTheNewEventsDueAndTheExpiredClaimsButNoneHeldOrNotYetDueNorMoreThanAsked() throws Exception {
    long held = newEvent();
    assertEquals(List.of(held), ids(store.claimEvents("holder", later, HOLD, 50)));
    long due = newEvent();
    long notYetDue = newEvent(later.plus(1, ChronoUnit.HOURS));

    Instant soon = later.plusSeconds(200);
    assertEquals(List.of(due), ids(store.claimEvents("run-1", soon, HOLD, 50)), "the held one and the one not yet due wait");
    assertEquals(List.of(held), ids(store.claimEvents("run-2", later.plusSeconds(301), HOLD, 50)),
        "the expired claim is taken over; run-1's is held until later + 500 s");
    Instant muchLater = later.plus(2, ChronoUnit.HOURS);
    List<Long> one = ids(store.claimEvents("run-3", muchLater, HOLD, 1));
    assertEquals(1, one.size(), "never more than asked");
    List<Long> all = new ArrayList<>(one);
    all.addAll(ids(store.claimEvents("run-4", muchLater, HOLD, 50)));
    assertEquals(List.of(held, due, notYetDue), all.stream().sorted().toList(), "the other two, each once");
  }

  private static List<Long> ids(List<Event> events) {
    return events.stream().map(Event::id).toList();
  }

  private long newEvent() throws Exception {
    return newEvent(later);
  }

  private long newEvent(Instant due) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO notification_event (kind, reference, created_at,"
            + " next_attempt_at) VALUES (?, 'RN-CLAIM-TEST', ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
      s.setString(1, NoticeKind.REFERRAL_SUBMITTED.name());
      s.setTimestamp(2, Timestamp.from(later));
      s.setTimestamp(3, Timestamp.from(due));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Eight senders, each a run of its own, claim at once. */
  private static <T> List<T> race(Function<String, T> claim) throws Exception {
    CyclicBarrier start = new CyclicBarrier(SENDERS);
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < SENDERS; i++) {
        String run = "sender-" + i;
        Callable<T> sender = () -> {
          start.await();
          return claim.apply(run);
        };
        futures.add(senders.submit(sender));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      senders.shutdownNow();
    }
  }

  private long count(String sql, long parameter) throws Exception {
    try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, parameter);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
