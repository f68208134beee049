package org.referralnetwork.portal.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * SQL statements one page costs, read from the database server's own counters (Com_select,
 * Com_insert, Com_update, Com_delete) before and after a single request. Background jobs may add
 * to a reading, so the fewest of five readings counts.
 */
final class SqlCounter {

  private final DataSource data;

  SqlCounter(DataSource data) {
    this.data = data;
  }

  long perRequest(PageLoad.Request request) throws Exception {
    long fewest = Long.MAX_VALUE;
    // one connection for both readings: opening one costs a SELECT of its own (the driver reads the
    // server's settings), which a reading on a new connection counted as the page's
    try (Connection c = data.getConnection()) {
      for (int i = 0; i < 5; i++) {
        long before = statements(c);
        request.send();
        fewest = Math.min(fewest, statements(c) - before);
      }
    }
    return fewest;
  }

  private static long statements(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN"
            + " ('Com_select', 'Com_insert', 'Com_update', 'Com_delete')")) {
      long total = 0;
      while (r.next()) {
        total += r.getLong(2);
      }
      return total;
    }
  }
}
