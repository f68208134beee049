package org.referralnetwork.portal.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * What the database server did over a run, from its own counters: the statements it was sent
 * (every round trip, SET and COMMIT included) and the rows it inserted, changed or deleted (the
 * handler counters: MariaDB has no InnoDB row counters; its temporary tables count apart). Per
 * submission, beside the ceiling's, it shows how much more the portal asks of the database.
 */
record ServerWork(long statements, long rowsWritten) {

  static ServerWork of(DataSource data) throws SQLException {
    try (Connection c = data.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN"
            + " ('Questions', 'Handler_write', 'Handler_update', 'Handler_delete')")) {
      long statements = 0;
      long rows = 0;
      while (r.next()) {
        if (r.getString(1).equalsIgnoreCase("Questions")) {
          statements = r.getLong(2);
        } else {
          rows += r.getLong(2);
        }
      }
      return new ServerWork(statements, rows);
    }
  }

  ServerWork since(ServerWork before) {
    return new ServerWork(statements - before.statements, rowsWritten - before.rowsWritten);
  }

  String perSubmission(int submissions) {
    return submissions == 0 ? "" : String.format(Locale.ROOT, "%.1f; %.1f", (double) statements / submissions,
        (double) rowsWritten / submissions);
  }
}
