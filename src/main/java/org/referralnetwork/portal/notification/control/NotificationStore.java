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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.referralnetwork.portal.notification.entity.NoticeKind;
import org.referralnetwork.portal.platform.DataSourceConfiguration;

/**
 * The sender's side of the outbox, in plain JDBC outside any JTA transaction: each claim is one
 * conditional UPDATE whose row count says whether this instance won it, so two instances (or two
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

  private static final int RECIPIENTS_PER_STATEMENT = 200;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  public List<Long> dueEvents(Instant now, int max) {
    return ids("SELECT id FROM notification_event WHERE " + CLAIMABLE + " ORDER BY id LIMIT ?", now, max);
  }

  /** Takes the event for this instance until {@code now + hold}; empty when another has it or it is done. */
  public Optional<Event> claimEvent(long id, Instant now, Duration hold) {
    if (!claim("UPDATE notification_event SET state = 'CLAIMED', claimed_until = ? WHERE id = ? AND " + CLAIMABLE,
        id, now, hold)) {
      return Optional.empty();
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT kind, reference, referral_id, detail, organisation_id, attempts"
            + " FROM notification_event WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return Optional.of(new Event(id, NoticeKind.valueOf(r.getString(1)), r.getString(2), nullableLong(r, 3),
            r.getString(4), r.getString(5), r.getInt(6)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("notification event cannot be read", e);
    }
  }

  /**
   * Turns the claimed event into one notification per recipient, with its e-mail pending unless
   * the person wants none of this kind or has no address, and closes the event: all or nothing.
   * A repeat after a crash adds nobody twice (unique event and user, the duplicate left as it is).
   */
  public void expand(Event event, List<Recipient> recipients, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement done = c.prepareStatement(
          "UPDATE notification_event SET state = 'DONE', claimed_until = NULL WHERE id = ?")) {
        for (int from = 0; from < recipients.size(); from += RECIPIENTS_PER_STATEMENT) {
          insertNotifications(c, event, recipients.subList(from, Math.min(recipients.size(), from + RECIPIENTS_PER_STATEMENT)),
              now);
        }
        done.setLong(1, event.id());
        done.executeUpdate();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("notification event cannot be expanded", e);
    }
  }

  /**
   * One statement for many recipients (the people as a derived table): a statement per person made
   * the database's share of a burst of submissions (34 reviewers each in the benchmark) its largest.
   */
  private static void insertNotifications(Connection c, Event event, List<Recipient> recipients, Instant now)
      throws SQLException {
    String people = String.join(" UNION ALL ", Collections.nCopies(recipients.size(), "SELECT ? AS user_id, ? AS address"));
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO notification (event_id, user_id, created_at, email_state, email_address, language, next_attempt_at)"
            + " SELECT ?, p.user_id, ?, CASE WHEN p.address = '' THEN 'NO_ADDRESS'"
            + "   WHEN EXISTS (SELECT 1 FROM notification_choice ch WHERE ch.user_id = p.user_id AND ch.kind = ?)"
            + "   THEN 'NOT_WANTED' ELSE 'PENDING' END,"
            + " NULLIF(p.address, ''), COALESCE((SELECT up.language FROM user_preference up WHERE up.user_id = p.user_id),"
            + " 'en'), ? FROM (" + people + ") p"
            + " ON DUPLICATE KEY UPDATE id = id")) {
      int i = 0;
      insert.setLong(++i, event.id());
      insert.setTimestamp(++i, Timestamp.from(now));
      insert.setString(++i, event.kind().name());
      insert.setTimestamp(++i, Timestamp.from(now));
      for (Recipient recipient : recipients) {
        insert.setString(++i, recipient.userId());
        insert.setString(++i, recipient.email() == null ? "" : recipient.email());
      }
      insert.executeUpdate();
    }
  }

  /** The event is tried again later, or given up after {@code maxAttempts}. */
  public void eventFailed(Event event, Instant retryAt, int maxAttempts) {
    update("UPDATE notification_event SET attempts = attempts + 1, claimed_until = NULL,"
        + " state = CASE WHEN attempts + 1 >= ? THEN 'FAILED' ELSE 'NEW' END, next_attempt_at = ? WHERE id = ?",
        maxAttempts, retryAt, event.id());
  }

  /**
   * Takes up to {@code max} due e-mails for this run until {@code now + hold}. One conditional
   * UPDATE marks them with the run's own token, so two runs (on any instances) never hold the same
   * e-mail; the rows it skipped or waited for are the other runs'.
   */
  public List<Email> claimEmails(Instant now, Duration hold, int max) {
    String run = UUID.randomUUID().toString();
    if (update("UPDATE notification SET email_state = 'SENDING', claimed_until = ?, claim_token = ? WHERE " + SENDABLE
        + " ORDER BY id LIMIT ?", now.plus(hold), run, now, now, max) == 0) {
      return List.of();
    }
    List<Email> claimed = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT n.id, e.kind, e.reference, e.referral_id, e.detail,"
            + " n.email_address, n.language, n.attempts FROM notification n JOIN notification_event e ON e.id = n.event_id"
            + " WHERE n.claim_token = ? ORDER BY n.id")) {
      s.setString(1, run);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          claimed.add(new Email(r.getLong(1), NoticeKind.valueOf(r.getString(2)), r.getString(3), nullableLong(r, 4),
              r.getString(5), r.getString(6), r.getString(7), r.getInt(8)));
        }
      }
      return claimed;
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
    String ids = String.join(",", Collections.nCopies(sent.size(), "?"));
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

  private boolean claim(String sql, long id, Instant now, Duration hold) {
    return update(sql, now.plus(hold), id, now, now) == 1;
  }

  private List<Long> ids(String sql, Instant now, int max) {
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, now, now, max);
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
