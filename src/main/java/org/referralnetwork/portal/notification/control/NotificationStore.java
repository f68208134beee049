package org.referralnetwork.portal.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.referralnetwork.portal.notification.entity.NoticeKind;
import org.referralnetwork.portal.platform.DataSourceConfiguration;

/**
 * The sender's side of the outbox, in plain JDBC outside any JTA transaction: each claim is one
 * conditional UPDATE that marks the rows with the sending run's token, so two instances (or two
 * runs of the job) never work on the same event or send the same e-mail.
 */
@ApplicationScoped
public class NotificationStore {

  /** An event taken from the outbox. */
  public record Event(long id, NoticeKind kind, String reference, Long referralId, String detail, String organisationId,
      int attempts) {}

  /** A person to notify of an event, as Keycloak knows them now. */
  public record Recipient(String userId, String email) {}

  /** An e-mail to send: what happened, in the recipient's language, and where to. */
  public record Email(long id, NoticeKind kind, String reference, Long referralId, String detail, String address,
      String language, int attempts) {}

  private static final String CLAIMABLE =
      "((state = 'NEW' AND next_attempt_at <= ?) OR (state = 'CLAIMED' AND claimed_until < ?))";
  private static final String SENDABLE =
      "((email_state = 'PENDING' AND next_attempt_at <= ?) OR (email_state = 'SENDING' AND claimed_until < ?))";
  /** Claims a run tries while other runs win every e-mail it saw due. */
  private static final int CLAIM_ATTEMPTS = 5;

  private static final int RECIPIENTS_PER_STATEMENT = 200;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  /**
   * Takes up to {@code max} due events for the run {@code run} until {@code now + hold}: the ids of
   * those due (claims that expired first: a run that died; then the due ones in the order of their
   * index), read without locks, then one conditional UPDATE by id that marks with the run's token
   * those still claimable, and one read of them by id and token. So two runs never hold the same
   * event, and a burst costs three statements per batch, where it cost two per event.
   */
  public List<Event> claimEvents(String run, Instant now, Duration hold, int max) {
    List<Long> tried = claimIds("notification_event", "state = 'CLAIMED'", "(SELECT id FROM notification_event"
        + " WHERE state = 'CLAIMED' AND claimed_until < ? LIMIT ?) UNION ALL (SELECT id FROM notification_event"
        + " WHERE state = 'NEW' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?) LIMIT ?",
        CLAIMABLE, run, now, hold, max);
    if (tried.isEmpty()) {
      return List.of();
    }
    List<Event> events = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT id, kind, reference, referral_id, detail, organisation_id,"
            + " attempts FROM notification_event WHERE claim_token = ? AND id IN (" + placeholders(tried.size()) + ")"
            + " ORDER BY id")) {
      bind(s, withFirst(run, tried));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          events.add(new Event(r.getLong(1), NoticeKind.valueOf(r.getString(2)), r.getString(3), nullableLong(r, 4),
              r.getString(5), r.getString(6), r.getInt(7)));
        }
      }
      return events;
    } catch (SQLException e) {
      throw new IllegalStateException("notification events cannot be read", e);
    }
  }

  /**
   * Turns the run's claimed events into one notification per recipient and closes them, all in one
   * transaction, and returns those that could not be written: when the transaction fails, each
   * event is tried alone, so that one event that cannot be written does not hold the others back.
   * Each e-mail to send is written already claimed by the run (SENDING, until {@code now + hold}),
   * for the run to send next ({@link #expandedEmails}); the others are NOT_WANTED (the person wants
   * none of this kind) or NO_ADDRESS. A repeat after a crash adds nobody twice and claims nothing
   * (unique event and user, the row already there left as it is).
   */
  public Map<Event, RuntimeException> expand(Map<Event, List<Recipient>> recipientsByEvent, String run, Instant now,
      Duration hold) {
    Map<Event, RuntimeException> failed = new LinkedHashMap<>();
    try {
      write(recipientsByEvent, run, now, hold);
    } catch (RuntimeException batchFailed) {
      if (recipientsByEvent.size() == 1) {
        failed.put(recipientsByEvent.keySet().iterator().next(), batchFailed); // already tried alone
        return failed;
      }
      recipientsByEvent.forEach((event, recipients) -> {
        try {
          write(Map.of(event, recipients), run, now, hold);
        } catch (RuntimeException eventFailed) {
          failed.put(event, eventFailed);
        }
      });
    }
    return failed;
  }

  private void write(Map<Event, List<Recipient>> recipientsByEvent, String run, Instant now, Duration hold) {
    if (recipientsByEvent.isEmpty()) {
      return;
    }
    List<Object[]> people = new ArrayList<>();
    recipientsByEvent.forEach((event, recipients) -> recipients.forEach(recipient -> people.add(new Object[] {
        event.id(), event.kind().name(), recipient.userId(), recipient.email() == null ? "" : recipient.email()})));
    List<Long> events = recipientsByEvent.keySet().stream().map(Event::id).toList();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (int from = 0; from < people.size(); from += RECIPIENTS_PER_STATEMENT) {
          insertNotifications(c, people.subList(from, Math.min(people.size(), from + RECIPIENTS_PER_STATEMENT)), run, now,
              hold);
        }
        try (PreparedStatement done = c.prepareStatement("UPDATE notification_event SET state = 'DONE',"
            + " claimed_until = NULL, claim_token = NULL WHERE id IN (" + placeholders(events.size()) + ")")) {
          bind(done, events.toArray());
          done.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("notification events cannot be expanded", e);
    }
  }

  /**
   * One statement for many people (event, kind, user, address as a derived table): a statement per
   * person made the database's share of a burst of submissions (34 reviewers each in the benchmark)
   * its largest.
   */
  private static void insertNotifications(Connection c, List<Object[]> people, String run, Instant now, Duration hold)
      throws SQLException {
    String rows = String.join(" UNION ALL ",
        Collections.nCopies(people.size(), "SELECT ? AS event_id, ? AS kind, ? AS user_id, ? AS address"));
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO notification (event_id, user_id, created_at, email_state, email_address, language, next_attempt_at,"
            + " claimed_until, claim_token)"
            + " SELECT q.event_id, q.user_id, ?, q.email_state, NULLIF(q.address, ''), q.language, ?,"
            + " IF(q.email_state = 'SENDING', ?, NULL), IF(q.email_state = 'SENDING', ?, NULL)"
            + " FROM (SELECT p.event_id, p.user_id, p.address, CASE WHEN p.address = '' THEN 'NO_ADDRESS'"
            + "   WHEN EXISTS (SELECT 1 FROM notification_choice ch WHERE ch.user_id = p.user_id AND ch.kind = p.kind)"
            + "   THEN 'NOT_WANTED' ELSE 'SENDING' END AS email_state,"
            + "   COALESCE((SELECT up.language FROM user_preference up WHERE up.user_id = p.user_id), 'en') AS language"
            + "   FROM (" + rows + ") p) q"
            + " ON DUPLICATE KEY UPDATE id = id")) {
      List<Object> values = new ArrayList<>(List.of(now, now, now.plus(hold), run));
      people.forEach(person -> values.addAll(List.of(person)));
      bind(insert, values.toArray());
      insert.executeUpdate();
    }
  }

  /** The e-mails that {@link #expand} wrote claimed by the run for these events. */
  public List<Email> expandedEmails(String run, List<Long> events) {
    return events.isEmpty() ? List.of() : emailsOfRun("n.event_id", run, events);
  }

  /** The event is tried again later, or given up after {@code maxAttempts}. */
  public void eventFailed(Event event, Instant retryAt, int maxAttempts) {
    update("UPDATE notification_event SET attempts = attempts + 1, claimed_until = NULL, claim_token = NULL,"
        + " state = CASE WHEN attempts + 1 >= ? THEN 'FAILED' ELSE 'NEW' END, next_attempt_at = ? WHERE id = ?",
        maxAttempts, retryAt, event.id());
  }

  /**
   * Takes up to {@code max} due e-mails for the run {@code run} until {@code now + hold}: those
   * whose claim expired (a run that died) and those due again after a failure, as
   * {@link #claimEvents} takes events. In one UPDATE with ORDER BY and LIMIT, the claim read the index
   * with locks: with 400,000 e-mails waiting after a burst it locked 600,000 rows for each claim of
   * 1,000 and took half a second or more; with an OR in it, it sorted the whole backlog.
   */
  public List<Email> claimEmails(String run, Instant now, Duration hold, int max) {
    List<Long> tried = claimIds("notification", "email_state = 'SENDING'", "(SELECT id FROM notification"
        + " WHERE email_state = 'SENDING' AND claimed_until < ? LIMIT ?) UNION ALL (SELECT id FROM notification"
        + " WHERE email_state = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?) LIMIT ?",
        SENDABLE, run, now, hold, max);
    return tried.isEmpty() ? List.of() : emailsOfRun("n.id", run, tried);
  }

  /**
   * The ids read by {@code due} (expired claims, then due rows, at most {@code max}), over which one
   * conditional UPDATE marked those still claimable with the run's token ({@code claimed} is the
   * claimed state): the caller reads back by id and token the ones this run won. A run that lost
   * every row to another asks again, at most {@link #CLAIM_ATTEMPTS} times.
   */
  private List<Long> claimIds(String table, String claimed, String due, String claimable, String run, Instant now,
      Duration hold, int max) {
    for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      List<Long> ids = ids(due, now, max, now, max, max);
      if (ids.isEmpty()) {
        return List.of();
      }
      List<Object> values = new ArrayList<>(List.of(now.plus(hold), run));
      values.addAll(ids);
      values.addAll(List.of(now, now));
      if (update("UPDATE " + table + " SET " + claimed + ", claimed_until = ?, claim_token = ? WHERE id IN ("
          + placeholders(ids.size()) + ") AND " + claimable, values.toArray()) > 0) {
        return ids;
      }
    }
    return List.of();
  }

  /** The e-mails the run holds among those whose {@code column} is one of {@code values}. */
  private List<Email> emailsOfRun(String column, String run, List<Long> values) {
    List<Email> emails = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT n.id, e.kind, e.reference, e.referral_id, e.detail,"
            + " n.email_address, n.language, n.attempts FROM notification n JOIN notification_event e ON e.id = n.event_id"
            + " WHERE n.claim_token = ? AND " + column + " IN (" + placeholders(values.size()) + ") ORDER BY n.id")) {
      bind(s, withFirst(run, values));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          emails.add(new Email(r.getLong(1), NoticeKind.valueOf(r.getString(2)), r.getString(3), nullableLong(r, 4),
              r.getString(5), r.getString(6), r.getString(7), r.getInt(8)));
        }
      }
      return emails;
    } catch (SQLException e) {
      throw new IllegalStateException("notification e-mails cannot be read", e);
    }
  }

  /**
   * Sent, in one statement for the run: the addresses are not kept any longer than needed. A crash
   * before it has these e-mails sent again once their claim expires, with the same Message-ID.
   */
  public void emailsSent(List<Email> sent, Instant now) {
    if (sent.isEmpty()) {
      return;
    }
    String ids = placeholders(sent.size());
    Object[] values = new Object[sent.size() + 1];
    values[0] = now;
    for (int i = 0; i < sent.size(); i++) {
      values[i + 1] = sent.get(i).id();
    }
    update("UPDATE notification SET email_state = 'SENT', sent_at = ?, email_address = NULL, claimed_until = NULL,"
        + " claim_token = NULL WHERE id IN (" + ids + ")", values);
  }

  public void emailFailed(Email email, Instant retryAt, int maxAttempts) {
    update("UPDATE notification SET attempts = attempts + 1, claimed_until = NULL,"
        + " email_state = CASE WHEN attempts + 1 >= ? THEN 'FAILED' ELSE 'PENDING' END, next_attempt_at = ?,"
        + " claim_token = NULL WHERE id = ?",
        maxAttempts, retryAt, email.id());
  }

  private List<Long> ids(String sql, Object... values) {
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, values);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("the outbox cannot be read", e);
    }
  }

  private int update(String sql, Object... values) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, values);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the outbox cannot be written", e);
    }
  }

  private static String placeholders(int count) {
    return String.join(",", Collections.nCopies(count, "?"));
  }

  private static Object[] withFirst(String first, List<Long> rest) {
    List<Object> values = new ArrayList<>(List.of(first));
    values.addAll(rest);
    return values.toArray();
  }

  private static void bind(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value instanceof Instant instant) {
        s.setTimestamp(i + 1, Timestamp.from(instant));
      } else if (value instanceof Long number) {
        s.setLong(i + 1, number);
      } else if (value instanceof Integer number) {
        s.setInt(i + 1, number);
      } else {
        s.setObject(i + 1, value, Types.VARCHAR);
      }
    }
  }

  private static Long nullableLong(ResultSet r, int column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? null : value;
  }
}
