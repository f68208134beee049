package org.referralnetwork.portal.quota.control;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.referralnetwork.portal.devenv.EmbeddedDatabase;
import org.referralnetwork.portal.devenv.Ports;
import org.referralnetwork.portal.platform.SchemaMigration;
import org.referralnetwork.portal.testing.TestDatabase;

/**
 * Throughput of slot holds with the portal's mechanism: one transaction per hold, made of the
 * conditional UPDATE of the quota and the INSERT of its ledger row (as in {@link SlotLedger}),
 * against a real MariaDB, with 1, 8 and 32 concurrent clients on one quota and spread over 64.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.referralnetwork.portal.quota.control.SlotHoldBenchmark} (DB_URL to use another database).
 */
public final class SlotHoldBenchmark {

  private static final int SECONDS = Integer.getInteger("bench.seconds", 5);

  public static void main(String[] args) throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.startOrUseExternal(Ports.anyFree(), Path.of("target/bench-db-" + System.nanoTime()))) {
      MysqlDataSource dataSource = new MysqlDataSource();
      dataSource.setUrl(db.url());
      dataSource.setUser(db.user());
      dataSource.setPassword(db.password());
      SchemaMigration.flyway(dataSource, TestDatabase::noMasterKeyNeeded, name -> null).migrate();
      List<Long> quotas = setUp(dataSource, 64);
      System.out.printf("slot holds per second (%d s per run, median of 3 runs)%n", SECONDS);
      System.out.printf("%-10s %12s %12s%n", "clients", "one quota", "64 quotas");
      for (int clients : new int[] {1, 8, 32}) {
        double one = median(dataSource, quotas.subList(0, 1), clients);
        double many = median(dataSource, quotas, clients);
        System.out.printf("%-10d %12.0f %12.0f%n", clients, one, many);
      }
    }
    System.exit(0);
  }

  private static double median(MysqlDataSource dataSource, List<Long> quotas, int clients) throws Exception {
    double[] runs = new double[3];
    for (int i = 0; i < runs.length; i++) {
      runs[i] = run(dataSource, quotas, clients);
    }
    java.util.Arrays.sort(runs);
    return runs[1];
  }

  private static double run(MysqlDataSource dataSource, List<Long> quotas, int clients) throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Long>> counts = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      long quota = quotas.get(c % quotas.size());
      counts.add(pool.submit(() -> holdUntilStopped(dataSource, quota, running)));
    }
    Thread.sleep(SECONDS * 1000L);
    running.set(false);
    long holds = 0;
    for (Future<Long> count : counts) {
      holds += count.get();
    }
    pool.shutdown();
    return holds / (double) SECONDS;
  }

  private static long holdUntilStopped(MysqlDataSource dataSource, long quota, AtomicBoolean running) throws SQLException {
    long holds = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement hold = connection.prepareStatement(
            "UPDATE quota SET held = held + ? WHERE id = ? AND held + used + ? <= allotted");
        PreparedStatement record = connection.prepareStatement(
            "INSERT INTO slot_movement (quota_id, kind, allotted_delta, held_delta, used_delta, moved_by, moved_at)"
                + " VALUES (?, 'HOLD', 0, 1, 0, 'bench', ?)")) {
      connection.setAutoCommit(false);
      while (running.get()) {
        hold.setInt(1, 1);
        hold.setLong(2, quota);
        hold.setInt(3, 1);
        if (hold.executeUpdate() == 1) {
          record.setLong(1, quota);
          record.setTimestamp(2, Timestamp.from(Instant.now()));
          record.executeUpdate();
          holds++;
        }
        connection.commit();
      }
    }
    return holds;
  }

  private static List<Long> setUp(MysqlDataSource dataSource, int quotaCount) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO organisation (id, alias, name, registered_at, refreshed_at)"
          + " VALUES ('bench', 'bench', 'Bench', NOW(6), NOW(6))");
      for (int i = 0; i < quotaCount; i++) {
        statement.execute("INSERT INTO quota (programme, organisation_id, period_start, period_end, allotted)"
            + " VALUES ('TEMPORARY_RELOCATION', 'bench', DATE_ADD('2000-01-01', INTERVAL " + i + " YEAR),"
            + " DATE_ADD('2000-12-31', INTERVAL " + i + " YEAR), 100000000)", Statement.RETURN_GENERATED_KEYS);
        try (var keys = statement.getGeneratedKeys()) {
          keys.next();
          ids.add(keys.getLong(1));
        }
      }
    }
    return ids;
  }
}
