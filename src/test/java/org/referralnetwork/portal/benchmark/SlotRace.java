package org.referralnetwork.portal.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The portal's slot hold itself, raced: the conditional UPDATE of {@code SlotLedger.hold} and its
 * ledger line in one transaction, from many connections at once, on one hot quota or spread over
 * many, with half as many slots as attempts. Afterwards no quota may hold more than it has, and
 * every quota must equal the sum of its ledger.
 */
final class SlotRace {

  private SlotRace() {}

  static Submissions.Slots run(DataSource data, int clients, int quotaCount, int attempts) throws Exception {
    List<Long> quotas = createQuotas(data, quotaCount, Math.max(1, attempts / quotaCount / 2));
    AtomicInteger remaining = new AtomicInteger(attempts);
    AtomicInteger held = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    long start = System.nanoTime();
    Submissions.parallel(clients, () -> {
      try (Connection c = data.getConnection();
          PreparedStatement hold = c.prepareStatement(
              "UPDATE quota SET held = held + 1 WHERE id = ? AND held + used + 1 <= allotted");
          PreparedStatement ledger = c.prepareStatement("INSERT INTO slot_movement (quota_id, kind, allotted_delta,"
              + " held_delta, used_delta, moved_by, moved_at) VALUES (?, 'HOLD', 0, 1, 0, 'bench-race', NOW(6))")) {
        c.setAutoCommit(false);
        while (remaining.getAndDecrement() > 0) {
          long quota = quotas.get(ThreadLocalRandom.current().nextInt(quotas.size()));
          hold.setLong(1, quota);
          if (hold.executeUpdate() == 1) {
            ledger.setLong(1, quota);
            ledger.executeUpdate();
            held.incrementAndGet();
          } else {
            refused.incrementAndGet();
          }
          c.commit();
        }
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    try (Connection c = data.getConnection()) {
      String ids = quotas.toString().replace("[", "(").replace("]", ")");
      long over = Submissions.count(c, "SELECT COALESCE(SUM(GREATEST(held + used - allotted, 0)), 0) FROM quota"
          + " WHERE id IN " + ids);
      long mismatches = Submissions.count(c, "SELECT COUNT(*) FROM quota q WHERE q.id IN " + ids
          + " AND (q.allotted, q.held, q.used) <> (SELECT SUM(allotted_delta), SUM(held_delta), SUM(used_delta)"
          + " FROM slot_movement m WHERE m.quota_id = q.id)");
      return new Submissions.Slots(attempts, held.get(), refused.get(), over, mismatches, seconds);
    }
  }

  /** Fresh quotas of a benchmark organisation, each with its allotment in its ledger. */
  private static List<Long> createQuotas(DataSource data, int count, int slots) throws Exception {
    List<Long> ids = new ArrayList<>();
    try (Connection c = data.getConnection();
        PreparedStatement quota = c.prepareStatement("INSERT INTO quota (programme, organisation_id, period_start,"
            + " period_end, allotted, held, used) SELECT 'TEMPORARY_RELOCATION', id, '2030-01-01', '2030-12-31', ?, 0, 0"
            + " FROM organisation WHERE alias = 'partner-b'", Statement.RETURN_GENERATED_KEYS);
        PreparedStatement allot = c.prepareStatement("INSERT INTO slot_movement (quota_id, kind, allotted_delta,"
            + " held_delta, used_delta, moved_by, moved_at) VALUES (?, 'ALLOT', ?, 0, 0, 'bench-race', NOW(6))")) {
      for (int i = 0; i < count; i++) {
        quota.setInt(1, slots);
        quota.executeUpdate();
        try (ResultSet key = quota.getGeneratedKeys()) {
          key.next();
          ids.add(key.getLong(1));
        }
        allot.setLong(1, ids.get(i));
        allot.setInt(2, slots);
        allot.executeUpdate();
      }
    }
    return ids;
  }
}
