package org.referralnetwork.portal.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.SecretKey;
import org.referralnetwork.portal.protection.control.Envelope;
import org.referralnetwork.portal.protection.control.MasterKeyRing.MasterKey;

/**
 * Writes a realistic network into the portal's database with batched JDBC, as the portal itself
 * would have stored it: every referral with its own data key (wrapped by the master key), its
 * defender's name and risk narrative sealed, its history of moves, messages (sealed), and for the
 * slotted programmes its slots in its partner's quota with the ledger behind them. The same seed
 * gives the same network.
 */
final class NetworkGenerator {

  /** A partner organisation and the programmes it refers to. */
  record Partner(String organisationId, List<String> programmes, List<String> usernames) {}

  /** What was written. */
  record Generated(int referrals, int moves, int messages, int quotas, Duration took) {}

  private static final String[] FIRST = {"Amal", "Omar", "Lina", "Yusuf", "Nadia", "Samir", "Rania", "Karim", "Leila",
      "Tariq", "Maria", "Jose", "Ana", "Luis", "Olga", "Irina", "Pavel", "Aisha", "Fatima", "Hassan", "Sara", "Elena"};
  private static final String[] LAST = {"Haddad", "Nasser", "Khalil", "Mansour", "Garcia", "Lopez", "Petrova", "Ivanov",
      "Diallo", "Traore", "Okafor", "Mensah", "Rahman", "Hussain", "Silva", "Moreno", "Novak", "Kowalski"};
  private static final String[] COUNTRIES = {"SY", "YE", "IQ", "SD", "AF", "MM", "BY", "NI", "VE", "CO", "RU", "IR"};
  private static final String[] URGENCIES = {"URGENT", "HIGH", "HIGH", "ROUTINE", "ROUTINE", "ROUTINE"};
  private static final String[] LANGUAGES = {"EN", "EN", "FR", "ES", "AR", "RU"};

  /** The way to each state, from the draft: history rows are written along it. */
  private static final Map<String, List<String>> PATHS = Map.ofEntries(
      Map.entry("DRAFT", List.of()),
      Map.entry("SUBMITTED", List.of("SUBMITTED")),
      Map.entry("UNDER_REVIEW", List.of("SUBMITTED", "UNDER_REVIEW")),
      Map.entry("INFORMATION_REQUESTED", List.of("SUBMITTED", "UNDER_REVIEW", "INFORMATION_REQUESTED")),
      Map.entry("ACCEPTED", List.of("SUBMITTED", "UNDER_REVIEW", "ACCEPTED")),
      Map.entry("REJECTED", List.of("SUBMITTED", "UNDER_REVIEW", "REJECTED")),
      Map.entry("REDIRECTED", List.of("SUBMITTED", "UNDER_REVIEW", "REDIRECTED")),
      Map.entry("WITHDRAWN", List.of("SUBMITTED", "WITHDRAWN")),
      Map.entry("FUNDED", List.of("SUBMITTED", "UNDER_REVIEW", "ACCEPTED", "FUNDED")),
      Map.entry("REFERRED_TO_CANADA", List.of("SUBMITTED", "UNDER_REVIEW", "ACCEPTED", "REFERRED_TO_CANADA")),
      Map.entry("RESETTLED", List.of("SUBMITTED", "UNDER_REVIEW", "ACCEPTED", "REFERRED_TO_CANADA", "RESETTLED")),
      Map.entry("NOT_SELECTED", List.of("SUBMITTED", "UNDER_REVIEW", "ACCEPTED", "REFERRED_TO_CANADA", "NOT_SELECTED")),
      Map.entry("CLOSED", List.of("SUBMITTED", "UNDER_REVIEW", "ACCEPTED", "CLOSED")));

  private static final Map<String, String[]> STATES = Map.of(
      "EMERGENCY_GRANT", new String[] {"DRAFT", "SUBMITTED", "UNDER_REVIEW", "INFORMATION_REQUESTED", "ACCEPTED", "FUNDED",
          "FUNDED", "REJECTED", "REDIRECTED", "WITHDRAWN", "CLOSED", "CLOSED"},
      "ORGANISATIONAL_SUPPORT", new String[] {"DRAFT", "SUBMITTED", "UNDER_REVIEW", "ACCEPTED", "FUNDED", "REJECTED",
          "CLOSED"},
      "TEMPORARY_RELOCATION", new String[] {"DRAFT", "SUBMITTED", "UNDER_REVIEW", "INFORMATION_REQUESTED", "ACCEPTED",
          "REJECTED", "WITHDRAWN"},
      "CANADA_STREAM", new String[] {"DRAFT", "SUBMITTED", "UNDER_REVIEW", "ACCEPTED", "REFERRED_TO_CANADA", "RESETTLED",
          "NOT_SELECTED", "REJECTED"});

  private static final int BATCH = 1_000;

  private final Random random;
  private final MasterKey master;
  private final Instant now = Instant.now();

  NetworkGenerator(long seed, MasterKey master) {
    this.random = new Random(seed);
    this.master = master;
  }

  /** Writes {@code count} referrals over the partners, ids from 1 up, in one transaction per batch. */
  Generated generate(Connection db, List<Partner> partners, int count) throws SQLException {
    long started = System.nanoTime();
    db.setAutoCommit(false);
    Map<String, Quota> quotas = new HashMap<>();
    long quotaIds = 0;
    int moves = 0;
    int messages = 0;
    try (PreparedStatement key = db.prepareStatement(
            "INSERT INTO data_key (id, master_key_id, wrapped, created_at) VALUES (?, ?, ?, ?)");
        PreparedStatement defender = db.prepareStatement(
            "INSERT INTO defender (id, organisation_id, data_key_id, name_or_alias, country_code) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement referral = db.prepareStatement(
            "INSERT INTO referral (id, programme, organisation_id, defender_id, data_key_id, status, urgency,"
                + " request_language, created_by, created_at, updated_at, submitted_at, decided_at, risk_situation,"
                + " amount_eur, relocation_months, consent_given, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, TRUE, 1)");
        PreparedStatement move = db.prepareStatement(
            "INSERT INTO referral_status_change (referral_id, from_status, to_status, changed_by, changed_at)"
                + " VALUES (?, ?, ?, ?, ?)");
        PreparedStatement message = db.prepareStatement(
            "INSERT INTO referral_message (referral_id, author, from_secretariat, sent_at, body) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement slot = db.prepareStatement(
            "INSERT INTO referral_slot (referral_id, quota_id, slots, state, since) VALUES (?, ?, 1, ?, ?)");
        PreparedStatement ledger = db.prepareStatement(
            "INSERT INTO slot_movement (quota_id, referral_id, kind, allotted_delta, held_delta, used_delta, moved_by,"
                + " moved_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?)")) {
      for (int n = 1; n <= count; n++) {
        Partner partner = partners.get(random.nextInt(partners.size()));
        String programme = partner.programmes().get(random.nextInt(partner.programmes().size()));
        String[] states = STATES.get(programme);
        String status = states[random.nextInt(states.length)];
        String by = partner.usernames().get(random.nextInt(partner.usernames().size()));
        Instant created = now.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60)));
        long keyId = n; // the portal draws random ids; sequential ones are as good for a benchmark and repeatable
        SecretKey dataKey = Envelope.newKey();
        key.setLong(1, keyId);
        key.setString(2, master.id());
        key.setBytes(3, Envelope.wrap(master.key(), master.id(), keyId, dataKey));
        key.setTimestamp(4, Timestamp.from(created));
        key.addBatch();
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + n;
        defender.setLong(1, n);
        defender.setString(2, partner.organisationId());
        defender.setLong(3, keyId);
        defender.setBytes(4, seal(dataKey, keyId, name));
        defender.setString(5, COUNTRIES[random.nextInt(COUNTRIES.length)]);
        defender.addBatch();

        List<String> path = PATHS.get(status);
        Instant at = created;
        Instant submitted = null;
        String from = "DRAFT";
        move.setLong(1, n);
        move.setString(2, null);
        move.setString(3, "DRAFT");
        move.setString(4, by);
        move.setTimestamp(5, Timestamp.from(created));
        move.addBatch();
        moves++;
        for (String to : path) {
          at = at.plus(Duration.ofHours(1 + random.nextInt(72)));
          if (at.isAfter(now)) {
            at = now;
          }
          submitted = submitted == null ? at : submitted;
          move.setLong(1, n);
          move.setString(2, from);
          move.setString(3, to);
          move.setString(4, to.equals("SUBMITTED") || to.equals("WITHDRAWN") ? by : "bench-reviewer-01");
          move.setTimestamp(5, Timestamp.from(at));
          move.addBatch();
          moves++;
          from = to;
        }
        boolean decided = path.contains("ACCEPTED") || path.contains("REJECTED") || path.contains("REDIRECTED");
        referral.setLong(1, n);
        referral.setString(2, programme);
        referral.setString(3, partner.organisationId());
        referral.setLong(4, n);
        referral.setLong(5, keyId);
        referral.setString(6, status);
        referral.setString(7, URGENCIES[random.nextInt(URGENCIES.length)]);
        referral.setString(8, LANGUAGES[random.nextInt(LANGUAGES.length)]);
        referral.setString(9, by);
        referral.setTimestamp(10, Timestamp.from(created));
        referral.setTimestamp(11, Timestamp.from(at));
        referral.setTimestamp(12, submitted == null ? null : Timestamp.from(submitted));
        referral.setTimestamp(13, decided ? Timestamp.from(at) : null);
        referral.setBytes(14, seal(dataKey, keyId, "Threatened after documenting abuses in the region; case " + n + "."));
        referral.setObject(15, programme.endsWith("GRANT") || programme.equals("ORGANISATIONAL_SUPPORT")
            ? 500 + random.nextInt(9_500) : null);
        referral.setObject(16, programme.equals("TEMPORARY_RELOCATION") ? 3 + random.nextInt(10) : null);
        referral.addBatch();

        int threadLength = random.nextInt(3);
        for (int m = 0; m < threadLength; m++) {
          boolean secretariat = m % 2 == 0;
          message.setLong(1, n);
          message.setString(2, secretariat ? "bench-reviewer-01" : by);
          message.setBoolean(3, secretariat);
          message.setTimestamp(4, Timestamp.from(created.plus(Duration.ofHours(2 + m))));
          message.setBytes(5, seal(dataKey, keyId, secretariat ? "Could you tell us where the defender stays now?"
              : "With a colleague in the capital until Friday."));
          message.addBatch();
          messages++;
        }

        if ((programme.equals("TEMPORARY_RELOCATION") || programme.equals("CANADA_STREAM")) && !path.isEmpty()) {
          String quotaKey = partner.organisationId() + "/" + programme;
          Quota quota = quotas.get(quotaKey);
          if (quota == null) {
            quota = new Quota(++quotaIds, partner.organisationId(), programme);
            quotas.put(quotaKey, quota);
          }
          String state = slotState(path);
          slot.setLong(1, n);
          slot.setLong(2, quota.id);
          slot.setString(3, state);
          slot.setTimestamp(4, Timestamp.from(submitted));
          slot.addBatch();
          addLedger(ledger, quota.id, n, "HOLD", 1, 0, by, submitted);
          switch (state) {
            case "HELD" -> quota.held++;
            case "USED" -> {
              addLedger(ledger, quota.id, n, "USE", -1, 1, "bench-reviewer-01", at);
              quota.used++;
            }
            default -> addLedger(ledger, quota.id, n, "RELEASE_HOLD", -1, 0, by, at);
          }
        }
        if (n % BATCH == 0 || n == count) {
          key.executeBatch();
          defender.executeBatch();
          referral.executeBatch();
          move.executeBatch();
          message.executeBatch();
          db.commit(); // referral slots and the ledger need their quota: written after the quotas, below
          writeSlots(db, quotas, slot, ledger);
        }
      }
    }
    allot(db, quotas.values());
    db.setAutoCommit(true);
    return new Generated(count, moves, messages, quotas.size(), Duration.ofNanos(System.nanoTime() - started));
  }

  /** Quotas first (with room left: held and used plus 20), then the slots and movements that point at them. */
  private void writeSlots(Connection db, Map<String, Quota> quotas, PreparedStatement slot, PreparedStatement ledger)
      throws SQLException {
    try (PreparedStatement quota = db.prepareStatement(
        "INSERT INTO quota (id, programme, organisation_id, period_start, period_end, allotted, held, used)"
            + " VALUES (?, ?, ?, '2026-01-01', '2026-12-31', ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE allotted = VALUES(allotted), held = VALUES(held), used = VALUES(used)")) {
      for (Quota q : quotas.values()) {
        quota.setLong(1, q.id);
        quota.setString(2, q.programme);
        quota.setString(3, q.organisationId);
        quota.setInt(4, q.held + q.used + 20);
        quota.setInt(5, q.held);
        quota.setInt(6, q.used);
        quota.addBatch();
      }
      quota.executeBatch();
    }
    slot.executeBatch();
    ledger.executeBatch();
    db.commit();
  }

  /** The allotment of each quota as the first line of its ledger, so that the ledger adds up to the quota. */
  private static void allot(Connection db, Iterable<Quota> quotas) throws SQLException {
    try (PreparedStatement allot = db.prepareStatement(
        "INSERT INTO slot_movement (quota_id, kind, allotted_delta, held_delta, used_delta, moved_by, moved_at, reason)"
            + " VALUES (?, 'ALLOT', ?, 0, 0, 'bench-admin', '2026-01-01', 'benchmark allotment')")) {
      for (Quota q : quotas) {
        allot.setLong(1, q.id);
        allot.setInt(2, q.held + q.used + 20);
        allot.addBatch();
      }
      allot.executeBatch();
    }
    db.commit();
  }

  private static void addLedger(PreparedStatement ledger, long quota, long referral, String kind, int held, int used,
      String by, Instant at) throws SQLException {
    ledger.setLong(1, quota);
    ledger.setLong(2, referral);
    ledger.setString(3, kind);
    ledger.setInt(4, held);
    ledger.setInt(5, used);
    ledger.setString(6, by);
    ledger.setTimestamp(7, Timestamp.from(at));
    ledger.addBatch();
  }

  private static String slotState(List<String> path) {
    String last = path.get(path.size() - 1);
    if (List.of("SUBMITTED", "UNDER_REVIEW", "INFORMATION_REQUESTED").contains(last)) {
      return "HELD";
    }
    return path.contains("ACCEPTED") && !last.equals("NOT_SELECTED") ? "USED" : "RELEASED";
  }

  private static byte[] seal(SecretKey key, long keyId, String text) {
    return Envelope.seal(key, keyId, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A partner's quota of one programme in 2026, counted while its referrals are written. */
  private static final class Quota {
    final long id;
    final String organisationId;
    final String programme;
    int held;
    int used;

    Quota(long id, String organisationId, String programme) {
      this.id = id;
      this.organisationId = organisationId;
      this.programme = programme;
    }
  }

  static List<String> usernames(String prefix, int count) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      names.add(String.format("%s-%03d", prefix, i));
    }
    return names;
  }
}
