package org.referralnetwork.portal.operations.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.referralnetwork.portal.platform.DataSourceConfiguration;

/**
 * Reads the figures with one cheap query each (a GROUP BY, the open quotas, the recent decisions),
 * across all organisations: they leave the portal only as counts at /metrics.
 */
@ApplicationScoped
public class FigureQueries {

  static final Duration REVIEW_WINDOW = Duration.ofDays(90);

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  public Figures read(Instant now) throws SQLException {
    try (Connection db = dataSource.getConnection()) {
      return new Figures(referralsByStatus(db), openQuotas(db), reviewTimes(db, now.minus(REVIEW_WINDOW)));
    }
  }

  private static Map<String, Long> referralsByStatus(Connection db) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement query = db.prepareStatement("SELECT status, COUNT(*) FROM referral GROUP BY status");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getLong(2));
      }
    }
    return counts;
  }

  private static List<Figures.QuotaSlots> openQuotas(Connection db) throws SQLException {
    List<Figures.QuotaSlots> quotas = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(
            "SELECT id, programme, allotted, held, used FROM quota WHERE period_end >= CURRENT_DATE ORDER BY id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        quotas.add(new Figures.QuotaSlots(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
      }
    }
    return quotas;
  }

  private static ReviewTimes reviewTimes(Connection db, Instant since) throws SQLException {
    List<Long> seconds = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(
        "SELECT TIMESTAMPDIFF(SECOND, submitted_at, decided_at) AS took FROM referral"
            + " WHERE decided_at >= ? AND submitted_at IS NOT NULL ORDER BY took")) {
      query.setTimestamp(1, Timestamp.from(since));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          seconds.add(rows.getLong(1));
        }
      }
    }
    return ReviewTimes.of(seconds);
  }
}
