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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
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
    List<Optional<Event>> claims = race(() -> store.claimEvent(eventId, later, Duration.ofMinutes(5)));
    List<Event> won = claims.stream().flatMap(Optional::stream).toList();
    assertEquals(1, won.size(), "one sender takes the event");

    List<Recipient> recipients = new ArrayList<>(List.of(new Recipient("claim-test-none", "")));
    for (int i = 0; i < 120; i++) {
      recipients.add(new Recipient("claim-test-" + i, "person" + i + "@example.org"));
    }
    store.expand(won.get(0), recipients, later);
    store.expand(won.get(0), recipients, later); // as after a crash between expanding and closing the event
    assertEquals(121, count("SELECT COUNT(*) FROM notification WHERE event_id = ?", eventId), "each person once");
    assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE event_id = ? AND email_state = 'NO_ADDRESS'", eventId));

    // eight senders take batches of up to 50: every e-mail goes to exactly one of them
    List<List<Email>> batches = race(() -> store.claimEmails(later, Duration.ofMinutes(5), 50));
    List<String> addresses = batches.stream().flatMap(List::stream).map(Email::address).sorted().toList();
    assertEquals(120, addresses.size(), "every e-mail taken: " + batches.stream().map(List::size).toList());
    assertEquals(120, addresses.stream().distinct().count(), "no e-mail taken twice");
    assertTrue(batches.stream().allMatch(batch -> batch.size() <= 50));
    assertTrue(store.claimEmails(later, Duration.ofMinutes(5), 50).isEmpty(), "all held");

    store.emailsSent(batches.get(0), later);
    assertEquals(batches.get(0).size(), count("SELECT COUNT(*) FROM notification WHERE event_id = ?"
        + " AND email_state = 'SENT' AND email_address IS NULL", eventId), "a sent e-mail's address is not kept");
    assertEquals(120 - batches.get(0).size(), store.claimEmails(later.plusSeconds(301), Duration.ofMinutes(5), 200).size(),
        "the unsent e-mails of senders that died are taken over when their claims expire; the sent ones are not");
  }

  @Test
  void aClaimLeftByADeadInstanceIsTakenOverWhenItExpires() throws Exception {
    long eventId = newEvent();
    assertTrue(store.claimEvent(eventId, later, Duration.ofMinutes(5)).isPresent());
    assertTrue(store.claimEvent(eventId, later.plusSeconds(60), Duration.ofMinutes(5)).isEmpty(), "still held");
    assertTrue(store.claimEvent(eventId, later.plusSeconds(301), Duration.ofMinutes(5)).isPresent(), "expired: taken over");
  }

  @Test
  void dueEventsAreTheNewOnesDueAndTheExpiredClaimsButNoneHeldOrNotYetDue() throws Exception {
    long due = newEvent();
    long held = newEvent();
    long notYetDue = newEvent(later.plus(1, ChronoUnit.HOURS));
    assertTrue(store.claimEvent(held, later, Duration.ofMinutes(5)).isPresent());

    assertEquals(List.of(due), store.dueEvents(later, 50), "the held one and the one not yet due wait");
    List<Long> afterExpiry = store.dueEvents(later.plusSeconds(301), 50);
    assertEquals(2, afterExpiry.size(), afterExpiry.toString());
    assertTrue(afterExpiry.containsAll(List.of(due, held)), "the expired claim is offered again: " + afterExpiry);
    assertEquals(3, store.dueEvents(later.plus(2, ChronoUnit.HOURS), 50).size(), "all three once due");
    assertEquals(1, store.dueEvents(later.plus(2, ChronoUnit.HOURS), 1).size(), "never more than asked");
    assertTrue(store.dueEvents(later.plus(2, ChronoUnit.HOURS), 50).contains(notYetDue));
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

  private static <T> List<T> race(Supplier<T> claim) throws Exception {
    CyclicBarrier start = new CyclicBarrier(SENDERS);
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < SENDERS; i++) {
        Callable<T> sender = () -> {
          start.await();
          return claim.get();
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
