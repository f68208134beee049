package org.referralnetwork.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.testing.TestDatabase;

/** The portal's own Flyway configuration builds the whole schema in an empty database. */
class SchemaMigrationIT {

  private final String schema = "migration_check_" + System.nanoTime();

  @AfterEach
  void dropSchema() throws SQLException {
    TestDatabase.drop(schema);
  }

  @Test
  void migratesAnEmptyDatabaseAndThenHasNothingLeftToDo() throws SQLException {
    DataSource empty = TestDatabase.emptySchema(schema);
    Flyway flyway = SchemaMigration.flyway(empty);

    MigrateResult first = flyway.migrate();
    assertTrue(first.success);
    assertEquals(flyway.info().all().length, first.migrationsExecuted);
    assertTrue(tables(empty).containsAll(
        Set.of("organisation", "organisation_kind", "defender", "referral", "referral_status_change")),
        "tables: " + tables(empty));

    assertEquals(0, flyway.migrate().migrationsExecuted);
    assertTrue(flyway.validateWithResult().validationSuccessful);
  }

  @Test
  void theSchemaRefusesAnUnknownProgramme() throws SQLException {
    DataSource empty = TestDatabase.emptySchema(schema);
    SchemaMigration.flyway(empty).migrate();
    try (Connection connection = empty.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO organisation (id, alias, name, registered_at, refreshed_at) VALUES ('o1', 'o', 'O', NOW(6), NOW(6))");
      statement.execute("INSERT INTO defender (organisation_id, name_or_alias, country_code) VALUES ('o1', 'D', 'SY')");
      SQLException refused =
          org.junit.jupiter.api.Assertions.assertThrows(
              SQLException.class,
              () ->
                  statement.execute(
                      "INSERT INTO referral (programme, organisation_id, defender_id, status, urgency, request_language,"
                          + " created_by, created_at, updated_at) VALUES ('HOLIDAY', 'o1', LAST_INSERT_ID(), 'DRAFT',"
                          + " 'URGENT', 'EN', 't', NOW(6), NOW(6))"));
      assertTrue(refused.getMessage().contains("ck_referral_programme"), refused.getMessage());
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
