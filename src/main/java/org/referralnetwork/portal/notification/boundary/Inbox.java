package org.referralnetwork.portal.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.referralnetwork.portal.notification.entity.NoticeKind;
import org.referralnetwork.portal.platform.DataSourceConfiguration;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.NotAllowedException;
import org.referralnetwork.portal.security.Permission;

/**
 * The caller's own notifications and e-mail choices. Every query is bound to the caller's Keycloak
 * user id, so nobody reads or marks another person's notifications.
 */
@ApplicationScoped
public class Inbox {

  /** A notification as the caller sees it. */
  public record Notice(long id, NoticeKind kind, String reference, Long referralId, String detail, Instant at,
      boolean unread) implements Serializable {}

  @Inject CurrentCaller caller;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  /** The newest first. */
  public List<Notice> latest(int max) {
    List<Notice> notices = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT n.id, e.kind, e.reference, e.referral_id, e.detail, n.created_at, n.read_at"
                + " FROM notification n JOIN notification_event e ON e.id = n.event_id"
                + " WHERE n.user_id = ? ORDER BY n.created_at DESC, n.id DESC LIMIT ?")) {
      s.setString(1, me());
      s.setInt(2, max);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long referral = r.getLong(4);
          Long referralId = r.wasNull() ? null : referral;
          notices.add(new Notice(r.getLong(1), NoticeKind.valueOf(r.getString(2)), r.getString(3), referralId,
              r.getString(5), r.getTimestamp(6).toInstant(), r.getTimestamp(7) == null));
        }
      }
      return notices;
    } catch (SQLException e) {
      throw new IllegalStateException("notifications cannot be read", e);
    }
  }

  public long unread() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT COUNT(*) FROM notification WHERE user_id = ? AND read_at IS NULL")) {
      s.setString(1, me());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("notifications cannot be counted", e);
    }
  }

  public void markAllRead() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL")) {
      s.setTimestamp(1, Timestamp.from(Instant.now()));
      s.setString(2, me());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("notifications cannot be marked", e);
    }
  }

  /** The kinds of notification the caller's roles can receive, for the choice of e-mails. */
  public Set<NoticeKind> kindsForCaller() {
    Set<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
    for (NoticeKind kind : NoticeKind.values()) {
      if (kind.audiences().stream().anyMatch(audience -> caller.hasRole(audience.role()))) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /** The kinds the caller gets e-mails for: all of theirs unless turned off. */
  public Set<NoticeKind> emailed() {
    Set<NoticeKind> emailed = kindsForCaller();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT kind FROM notification_choice WHERE user_id = ?")) {
      s.setString(1, me());
      Set<String> turnedOff = new HashSet<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          turnedOff.add(r.getString(1));
        }
      }
      emailed.removeIf(kind -> turnedOff.contains(kind.name()));
      return emailed;
    } catch (SQLException e) {
      throw new IllegalStateException("e-mail choices cannot be read", e);
    }
  }

  /** Keeps e-mails for the kinds wanted and turns off the caller's other kinds, in one transaction. */
  public void chooseEmails(Set<NoticeKind> wanted) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement clear = c.prepareStatement("DELETE FROM notification_choice WHERE user_id = ?");
          PreparedStatement off = c.prepareStatement("INSERT INTO notification_choice (user_id, kind) VALUES (?, ?)")) {
        clear.setString(1, me());
        clear.executeUpdate();
        for (NoticeKind kind : kindsForCaller()) {
          if (!wanted.contains(kind)) {
            off.setString(1, me());
            off.setString(2, kind.name());
            off.addBatch();
          }
        }
        off.executeBatch();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("e-mail choices cannot be written", e);
    }
  }

  private String me() {
    return caller.userId().orElseThrow(() -> new NotAllowedException(Permission.VIEW_REFERRALS));
  }
}
