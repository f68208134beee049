package org.referralnetwork.portal.platform.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.crypto.SecretKey;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.referralnetwork.portal.protection.control.DataKeys;
import org.referralnetwork.portal.protection.control.Envelope;
import org.referralnetwork.portal.protection.control.MasterKeyRing;

/**
 * Seals the personal data that earlier versions stored in plain columns (see V7): one data key
 * per defender and its referrals, wrapped by the current master key. V9 then drops the plain
 * columns. It runs in one transaction, so a run cut short changes nothing. On an empty
 * database it asks for no key at all.
 */
public class V8__Seal_personal_data extends BaseJavaMigration {

  private final Supplier<MasterKeyRing> masterKeys;
  private final UnaryOperator<String> nameIndex;
  private final Map<Long, SecretKey> keys = new HashMap<>();

  /**
   * @param masterKeys the master key ring, asked for only when there is something to seal
   * @param nameIndex the searchable keyed hashes of a name
   */
  public V8__Seal_personal_data(Supplier<MasterKeyRing> masterKeys, UnaryOperator<String> nameIndex) {
    this.masterKeys = masterKeys;
    this.nameIndex = nameIndex;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    sealDefenders(c);
    String referral = "referral x JOIN referral r ON r.id = x.id";
    for (String column : new String[] {"risk_situation", "other_measures", "family_details", "other_applications"}) {
      sealColumn(c, "referral", column, referral);
    }
    sealColumn(c, "referral_status_change", "reason", "referral_status_change x JOIN referral r ON r.id = x.referral_id");
    sealColumn(c, "referral_message", "body", "referral_message x JOIN referral r ON r.id = x.referral_id");
    sealColumn(c, "referral_document", "file_name", "referral_document x JOIN referral r ON r.id = x.referral_id");
    sealColumn(c, "referral_document", "content", "referral_document x JOIN referral r ON r.id = x.referral_id");
    sealColumn(c, "relocation_report", "body",
        "relocation_report x JOIN relocation l ON l.id = x.relocation_id JOIN referral r ON r.id = l.referral_id");
  }

  private void sealDefenders(Connection c) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(
            "SELECT id, name_or_alias, gender_identity, pronouns, languages, safe_contact, human_rights_work"
                + " FROM defender WHERE data_key_id IS NULL");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        long defender = rows.getLong(1);
        long keyId = newKey(c);
        try (PreparedStatement update = c.prepareStatement(
            "UPDATE defender SET data_key_id = ?, name_index = ?, name_or_alias_sealed = ?, gender_identity_sealed = ?,"
                + " pronouns_sealed = ?, languages_sealed = ?, safe_contact_sealed = ?, human_rights_work_sealed = ?"
                + " WHERE id = ?")) {
          update.setLong(1, keyId);
          update.setString(2, nameIndex.apply(rows.getString(2)));
          for (int column = 2; column <= 7; column++) {
            update.setBytes(column + 1, seal(keyId, text(rows.getString(column))));
          }
          update.setLong(9, defender);
          update.executeUpdate();
        }
        try (PreparedStatement referrals = c.prepareStatement("UPDATE referral SET data_key_id = ? WHERE defender_id = ?")) {
          referrals.setLong(1, keyId);
          referrals.setLong(2, defender);
          referrals.executeUpdate();
        }
      }
    }
  }

  /** Seals one plain column of table x into its sealed twin, for rows not sealed yet; r is the row's referral. */
  private void sealColumn(Connection c, String table, String column, String from) throws SQLException {
    boolean binary = column.equals("content");
    try (PreparedStatement s = c.prepareStatement("SELECT x.id, r.data_key_id, x." + column + " FROM " + from
            + " WHERE x." + column + "_sealed IS NULL AND x." + column + " IS NOT NULL");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        byte[] plain = binary ? rows.getBytes(3) : text(rows.getString(3));
        try (PreparedStatement update = c.prepareStatement(
            "UPDATE " + table + " SET " + column + "_sealed = ? WHERE id = ?")) {
          update.setBytes(1, seal(rows.getLong(2), plain));
          update.setLong(2, rows.getLong(1));
          update.executeUpdate();
        }
      }
    }
  }

  private long newKey(Connection c) throws SQLException {
    long id = Envelope.newKeyId();
    SecretKey key = Envelope.newKey();
    DataKeys.insert(c, masterKeys.get().current(), id, key, Instant.now());
    keys.put(id, key);
    return id;
  }

  private byte[] seal(long keyId, byte[] plain) {
    return plain == null ? null : Envelope.seal(keys.get(keyId), keyId, plain);
  }

  private static byte[] text(String value) {
    return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
  }
}
