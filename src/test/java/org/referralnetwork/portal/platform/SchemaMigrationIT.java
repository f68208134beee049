package org.referralnetwork.portal.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.protection.control.Envelope;
import org.referralnetwork.portal.protection.control.MasterKeyRing;
import org.referralnetwork.portal.testing.TestDatabase;

/** The portal's own Flyway configuration builds the whole schema in an empty database. */
class SchemaMigrationIT {

  private static final MasterKeyRing RING = MasterKeyRing.parse(MasterKeyRing.newLine("test-1"));

  private final String schema = "migration_check_" + System.nanoTime();

  @AfterEach
  void dropSchema() throws SQLException {
    TestDatabase.drop(schema);
  }

  @Test
  void migratesAnEmptyDatabaseAndThenHasNothingLeftToDo() throws SQLException {
    DataSource empty = TestDatabase.emptySchema(schema);
    Flyway flyway = SchemaMigration.flyway(empty, TestDatabase::noMasterKeyNeeded, name -> null);

    MigrateResult first = flyway.migrate();
    assertTrue(first.success);
    assertEquals(flyway.info().all().length, first.migrationsExecuted);
    assertTrue(tables(empty).containsAll(
        Set.of("organisation", "organisation_kind", "defender", "referral", "referral_status_change", "data_key")),
        "tables: " + tables(empty));

    assertEquals(0, flyway.migrate().migrationsExecuted);
    assertTrue(flyway.validateWithResult().validationSuccessful);
  }

  @Test
  void personalDataStoredInPlainByEarlierVersionsIsSealedAndStaysReadable() throws Exception {
    DataSource db = TestDatabase.emptySchema(schema);
    SchemaMigration.configuration(db, TestDatabase::noMasterKeyNeeded, name -> null).target("7").load().migrate();
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO organisation (id, alias, name, registered_at, refreshed_at) VALUES ('o1', 'o', 'O', NOW(6), NOW(6))");
      s.execute("INSERT INTO defender (id, organisation_id, name_or_alias, country_code, safe_contact)"
          + " VALUES (7, 'o1', 'Лина Хаддад', 'SY', 'signal +000')");
      s.execute("INSERT INTO referral (id, programme, organisation_id, defender_id, status, urgency, request_language,"
          + " created_by, created_at, updated_at, risk_situation) VALUES (9, 'EMERGENCY_GRANT', 'o1', 7, 'DRAFT', 'URGENT',"
          + " 'EN', 't', NOW(6), NOW(6), 'threatened after the trial')");
      s.execute("INSERT INTO referral_message (referral_id, author, from_secretariat, sent_at, body)"
          + " VALUES (9, 't', FALSE, NOW(6), 'call her brother')");
    }

    SchemaMigration.flyway(db, () -> RING, name -> " index-of-" + name.length() + " ").migrate();

    try (Connection c = db.getConnection()) {
      byte[] name = single(c, "SELECT name_or_alias FROM defender WHERE id = 7");
      byte[] risk = single(c, "SELECT risk_situation FROM referral WHERE id = 9");
      byte[] body = single(c, "SELECT body FROM referral_message WHERE referral_id = 9");
      long keyId = Envelope.keyIdOf(name);
      SecretKey key = Envelope.unwrap(RING.current().key(), "test-1", keyId,
          single(c, "SELECT wrapped FROM data_key WHERE id = " + keyId));
      assertFalse(new String(name, StandardCharsets.ISO_8859_1).contains("Haddad"));
      assertArrayEquals("Лина Хаддад".getBytes(StandardCharsets.UTF_8), Envelope.open(key, name));
      assertArrayEquals("threatened after the trial".getBytes(StandardCharsets.UTF_8), Envelope.open(key, risk));
      assertArrayEquals("call her brother".getBytes(StandardCharsets.UTF_8), Envelope.open(key, body));
      assertEquals(keyId, ((Number) singleObject(c, "SELECT data_key_id FROM referral WHERE id = 9")).longValue());
      assertEquals(" index-of-11 ", singleObject(c, "SELECT name_index FROM defender WHERE id = 7"));
    }
  }

  @Test
  void theSchemaRefusesAnUnknownProgramme() throws SQLException {
    DataSource empty = TestDatabase.emptySchema(schema);
    SchemaMigration.flyway(empty, TestDatabase::noMasterKeyNeeded, name -> null).migrate();
    try (Connection connection = empty.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO organisation (id, alias, name, registered_at, refreshed_at) VALUES ('o1', 'o', 'O', NOW(6), NOW(6))");
      statement.execute("INSERT INTO data_key (id, master_key_id, created_at) VALUES (1, 'm', NOW(6))");
      statement.execute(
          "INSERT INTO defender (organisation_id, data_key_id, name_or_alias, country_code) VALUES ('o1', 1, X'00', 'SY')");
      SQLException refused =
          assertThrows(
              SQLException.class,
              () ->
                  statement.execute(
                      "INSERT INTO referral (programme, organisation_id, defender_id, data_key_id, status, urgency,"
                          + " request_language, created_by, created_at, updated_at) VALUES ('HOLIDAY', 'o1',"
                          + " LAST_INSERT_ID(), 1, 'DRAFT', 'URGENT', 'EN', 't', NOW(6), NOW(6))"));
      assertTrue(refused.getMessage().contains("ck_referral_programme"), refused.getMessage());
    }
  }

  private static byte[] single(Connection c, String sql) throws SQLException {
    return (byte[]) singleObject(c, sql);
  }

  private static Object singleObject(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
      assertTrue(r.next(), sql);
      return r.getObject(1);
    }
  }

  private static Set<String> tables(DataSource dataSource) throws SQLException {
    Set<String> tables = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME").toLowerCase());
      }
    }
    return tables;
  }
}
