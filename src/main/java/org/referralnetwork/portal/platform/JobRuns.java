package org.referralnetwork.portal.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * Makes a daily job run once per day across all instances of the portal: each instance asks to
 * claim the day, and only the first one's row is written (the primary key decides).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRuns {

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  /** True for the one instance that may run the job today. */
  public boolean claim(String job, LocalDate day) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO job_run (job_name, run_day, started_at) VALUES (?, ?, ?)")) {
      s.setString(1, job);
      s.setDate(2, Date.valueOf(day));
      s.setTimestamp(3, Timestamp.from(Instant.now()));
      s.executeUpdate();
      return true;
    } catch (SQLIntegrityConstraintViolationException claimedElsewhere) {
      return false;
    } catch (SQLException e) {
      throw new IllegalStateException("job run cannot be claimed", e);
    }
  }
}
