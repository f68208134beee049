package org.referralnetwork.portal.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.referralnetwork.portal.protection.control.Envelope;
import org.referralnetwork.portal.protection.control.MasterKeyRing.MasterKey;

/**
 * The ceiling for a submission: the rows one API submission writes (data key, defender, referral,
 * measure, two history rows, idempotency key, two audit lines with the chain's head, the outbox
 * event), inserted with plain JDBC in one transaction each, on the same database, from the same
 * number of parallel connections. Sealing is done here too; nothing else the portal does is.
 */
final class JdbcCeiling {

  private static final AtomicLong NEXT_KEY = new AtomicLong(10_000_000L);

  private JdbcCeiling() {}

  static Submissions.Result run(DataSource data, MasterKey master, String organisationId, int clients, Duration duration)
      throws Exception {
    Latencies latencies = new Latencies();
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    Submissions.parallel(clients, () -> {
      try (Connection c = data.getConnection()) {
        c.setAutoCommit(false);
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          insertOne(c, master, organisationId);
          c.commit();
          latencies.add(System.nanoTime() - t0);
          done.incrementAndGet();
        }
      }
    });
    return new Submissions.Result(done.get(), 0, latencies, (System.nanoTime() - start) / 1e9);
  }

  private static void insertOne(Connection c, MasterKey master, String organisationId) throws Exception {
    Timestamp now = Timestamp.from(Instant.now());
    long keyId = NEXT_KEY.incrementAndGet();
    SecretKey key = Envelope.newKey();
    update(c, "INSERT INTO data_key (id, master_key_id, wrapped, created_at) VALUES (?, ?, ?, ?)",
        keyId, master.id(), Envelope.wrap(master.key(), master.id(), keyId, key), now);
    long defender = insert(c, "INSERT INTO defender (organisation_id, data_key_id, name_or_alias, country_code)"
        + " VALUES (?, ?, ?, 'SY')", organisationId, keyId, seal(key, keyId, "Ceiling Defender " + keyId));
    long referral = insert(c, "INSERT INTO referral (programme, organisation_id, defender_id, data_key_id, status,"
        + " urgency, request_language, created_by, created_at, updated_at, submitted_at, risk_situation, amount_eur,"
        + " consent_given) VALUES ('EMERGENCY_GRANT', ?, ?, ?, 'SUBMITTED', 'HIGH', 'EN', 'ceiling', ?, ?, ?, ?, 1500,"
        + " TRUE)", organisationId, defender, keyId, now, now, now, seal(key, keyId, "Threatened after a report."));
    update(c, "INSERT INTO referral_measure (referral_id, measure) VALUES (?, 'LEGAL_AID')", referral);
    for (String[] move : new String[][] {{null, "DRAFT"}, {"DRAFT", "SUBMITTED"}}) {
      update(c, "INSERT INTO referral_status_change (referral_id, from_status, to_status, changed_by, changed_at)"
          + " VALUES (?, ?, ?, 'ceiling', ?)", referral, move[0], move[1], now);
    }
    update(c, "INSERT INTO api_idempotency (client_id, idempotency_key, request_hash, referral_id, created_at)"
        + " VALUES ('api-ceiling', ?, ?, ?, ?)", UUID.randomUUID().toString(), "0".repeat(64), referral, now);
    update(c, "INSERT INTO notification_event (kind, reference, referral_id, organisation_id, created_at, next_attempt_at,"
        + " state) VALUES ('REFERRAL_SUBMITTED', ?, ?, ?, ?, ?, 'DONE')", "C-" + referral, referral, organisationId, now,
        now);
    for (String action : new String[] {"REFERRAL_CREATED", "REFERRAL_MOVED"}) {
      // the audit chain last: its head is locked, read and moved on just before the commit, as the portal's AuditChain does
      long seq;
      try (Statement s = c.createStatement();
          ResultSet head = s.executeQuery("SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE")) {
        seq = head.next() ? head.getLong(1) + 1 : 1;
      }
      update(c, "INSERT INTO audit_event (seq, occurred_at, actor, organisation_id, action, referral_id, prev_hash, hash)"
          + " VALUES (?, ?, 'ceiling', ?, ?, ?, ?, ?)", seq, now, organisationId, action, referral, "0".repeat(64),
          "1".repeat(64));
      update(c, "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", seq, "1".repeat(64));
    }
  }

  private static byte[] seal(SecretKey key, long keyId, String text) {
    return Envelope.seal(key, keyId, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void update(Connection c, String sql, Object... values) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, values);
      s.executeUpdate();
    }
  }

  private static long insert(Connection c, String sql, Object... values) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(s, values);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void bind(PreparedStatement s, Object... values) throws Exception {
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
  }
}
