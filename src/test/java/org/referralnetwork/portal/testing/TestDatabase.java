package org.referralnetwork.portal.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.referralnetwork.portal.protection.control.MasterKeyRing;

/** The database IntegrationEnvironment started, seen from the test JVM. */
public final class TestDatabase {

  private TestDatabase() {}

  public static DataSource portalSchema() {
    return dataSource(System.getProperty("it.db.url"));
  }

  /** Creates an empty schema beside the portal's, on the same server. */
  public static DataSource emptySchema(String name) throws SQLException {
    try (Connection connection = portalSchema().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    String url = System.getProperty("it.db.url");
    URI uri = URI.create(url.substring("jdbc:".length()));
    String other = "jdbc:" + uri.getScheme() + "://" + uri.getAuthority() + "/" + name + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return dataSource(other);
  }

  public static void drop(String name) throws SQLException {
    try (Connection connection = portalSchema().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
    }
  }

  private static DataSource dataSource(String url) {
    if (url == null) {
      throw new IllegalStateException("no test database: run the integration tests with mvn verify");
    }
    MysqlDataSource dataSource = new MysqlDataSource();
    dataSource.setUrl(url);
    dataSource.setUser(System.getProperty("it.db.user"));
    dataSource.setPassword(System.getProperty("it.db.password"));
    return dataSource;
  }

  /** The master keys for migrating a database without personal data: asking for them is a failure. */
  public static MasterKeyRing noMasterKeyNeeded() {
    throw new AssertionError("a database without personal data needs no master key to migrate");
  }
}
