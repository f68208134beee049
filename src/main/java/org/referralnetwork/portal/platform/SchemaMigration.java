package org.referralnetwork.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.referralnetwork.portal.platform.migration.V8__Seal_personal_data;
import org.referralnetwork.portal.protection.control.MasterKeyRing;
import org.referralnetwork.portal.protection.control.MasterKeys;
import org.referralnetwork.portal.referral.control.DefenderIdentities;

/**
 * Applies the Flyway migrations of {@code db/migration} when the portal starts, before any page
 * is served. Bean-managed transactions: Flyway commits each migration itself.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Inject MasterKeys masterKeys;

  @Inject DefenderIdentities identities;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    MigrateResult result = flyway(dataSource, masterKeys::ring, identities::nameIndex).migrate();
    // Flyway names a target version only when it applied something
    String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    LOG.info(
        () ->
            "Database schema at version "
                + version
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    migrated = true;
  }

  /**
   * The portal's Flyway configuration, shared with the tests that migrate a database. The Java
   * migration that seals plain personal data needs the master keys and the name index.
   */
  public static Flyway flyway(DataSource dataSource, Supplier<MasterKeyRing> masterKeys, UnaryOperator<String> nameIndex) {
    return configuration(dataSource, masterKeys, nameIndex).load();
  }

  public static FluentConfiguration configuration(
      DataSource dataSource, Supplier<MasterKeyRing> masterKeys, UnaryOperator<String> nameIndex) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .javaMigrations(new V8__Seal_personal_data(masterKeys, nameIndex))
        .failOnMissingLocations(true);
  }

  public boolean isMigrated() {
    return migrated;
  }
}
