package org.referralnetwork.portal.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import org.referralnetwork.portal.protection.control.DataKeys;
import org.referralnetwork.portal.protection.control.Envelope;
import org.referralnetwork.portal.protection.control.MasterKeyRing;

/**
 * Rows written with SQL for tests: referrals, offers, and the data keys and sealed values they need,
 * made as the portal makes them with the master key file of the test run (so the portal reads them).
 */
public final class TestRows {

  private final Map<Long, SecretKey> keys = new HashMap<>();

  /** The master keys of the test run, as the portal reads them. */
  public static MasterKeyRing ring() throws Exception {
    return MasterKeyRing.parse(Files.readString(Path.of(System.getProperty("it.master.key.file")), StandardCharsets.UTF_8));
  }

  public long newKey(Connection db) throws Exception {
    long id = Envelope.newKeyId();
    SecretKey key = Envelope.newKey();
    DataKeys.insert(db, ring().current(), id, key, Instant.now());
    keys.put(id, key);
    return id;
  }

  /**
   * A referral of the organisation written with SQL, its name and narrative sealed, last changed
   * (and created and submitted) {@code monthsAgo} months ago. Returns its id.
   */
  public long insertReferral(Connection db, String organisationId, String programme, String status, String name,
      int monthsAgo) throws Exception {
    long key = newKey(db);
    long defender = insert(db, "INSERT INTO defender (organisation_id, data_key_id, name_or_alias, country_code)"
        + " VALUES (?, ?, ?, 'SY')", organisationId, key, seal(key, name));
    String when = "NOW(6) - INTERVAL " + monthsAgo + " MONTH";
    return insert(db, "INSERT INTO referral (programme, organisation_id, defender_id, data_key_id, status, urgency,"
        + " request_language, created_by, created_at, updated_at, submitted_at, risk_situation) VALUES (?, ?, ?, ?, ?,"
        + " 'HIGH', 'EN', 'test', " + when + ", " + when + ", " + when + ", ?)", programme, organisationId, defender, key,
        status, seal(key, "Risk narrative of " + name));
  }

  /** An open offer of the referral to the host, answer due in a week. Returns its id. */
  public static long insertOffer(Connection db, long referral, String hostId) throws Exception {
    return insert(db, "INSERT INTO relocation_offer (referral_id, host_id, state, wanted_start, months, language, offered_by,"
        + " offered_at, answer_due, open_referral_id) VALUES (?, ?, 'OFFERED', CURRENT_DATE + INTERVAL 7 DAY, 3, 'EN',"
        + " 'test', NOW(6), NOW(6) + INTERVAL 7 DAY, ?)", referral, hostId, referral);
  }

  /** The id of an organisation registered at its first member's login, by its Keycloak alias. */
  public static String organisationId(Connection db, String alias) throws Exception {
    try (PreparedStatement statement = db.prepareStatement("SELECT id FROM organisation WHERE alias = ?")) {
      statement.setString(1, alias);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          throw new AssertionError(alias + " is not registered: sign one of its members in first");
        }
        return row.getString(1);
      }
    }
  }

  /** An INSERT with parameters; returns the generated id. */
  public static long insert(Connection db, String sql, Object... parameters) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  public byte[] seal(long keyId, String text) {
    return Envelope.seal(keys.get(keyId), keyId, text.getBytes(StandardCharsets.UTF_8));
  }
}
