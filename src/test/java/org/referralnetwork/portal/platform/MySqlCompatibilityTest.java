package org.referralnetwork.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.devenv.EmbeddedDatabase;
import org.referralnetwork.portal.testing.TestDatabase;

/**
 * Production runs on MySQL 8, the tests on MariaDB: the SQL must be what both accept. The
 * migrations (and the Java migration V8) run on the machine's MariaDB under MySQL 8's strict SQL
 * mode through MySQL Connector/J, and the SQL in db/migration and in the Java sources is searched
 * for syntax only MariaDB knows. Skipped only when nothing listens on 127.0.0.1:3306 (CI has the
 * MariaDB service); the integration tests run their embedded MariaDB in the same SQL mode.
 */
class MySqlCompatibilityTest {

  private static final String HOST = "127.0.0.1";
  private static final int PORT = 3306;

  /** MariaDB-only syntax, with what MySQL 8 says about it. */
  private static final Map<String, Pattern> MARIADB_ONLY = Map.of(
      "RETURNING (INSERT/DELETE ... RETURNING)", sql("\\bRETURNING\\b"),
      "sequences (CREATE SEQUENCE, NEXTVAL, NEXT VALUE FOR)", sql("\\bCREATE\\s+SEQUENCE\\b|\\bNEXTVAL\\s*\\(|\\bNEXT\\s+VALUE\\s+FOR\\b"),
      "CREATE OR REPLACE (MySQL: only for views)", sql("\\bCREATE\\s+OR\\s+REPLACE\\s+(?!VIEW\\b)"),
      "IF [NOT] EXISTS on columns, indexes and constraints",
      sql("\\b(ADD|DROP|MODIFY|CHANGE)\\s+(COLUMN\\s+|(UNIQUE\\s+)?(INDEX|KEY)\\s+|CONSTRAINT\\s+|FOREIGN\\s+KEY\\s+)?IF\\s+(NOT\\s+)?EXISTS\\b"
          + "|\\bCREATE\\s+(UNIQUE\\s+)?INDEX\\s+IF\\s+NOT\\s+EXISTS\\b"),
      "JSON functions MySQL lacks", sql("\\bJSON_(QUERY|EXISTS|DETAILED|PRETTY_PRINT|COMPACT|LOOSE|EQUALS|NORMALIZE|ARRAY_INTERSECT"
          + "|OBJECT_FILTER_KEYS|OBJECT_TO_ARRAY|KEY_VALUE)\\s*\\("),
      // UNION ALL (SELECT ... LIMIT ?) is a union's part, which both accept
      "LIMIT in an IN/ANY/ALL subquery",
      sql("(?<!\\bUNION\\s{1,10})\\b(IN|ANY|ALL|SOME)\\s*\\(\\s*SELECT\\b[^()]*\\bLIMIT\\b"),
      "MariaDB-only types and engines (INET4/6, UUID columns, Aria, system versioning)",
      sql("\\bINET[46]\\b|\\s+UUID\\s+(NOT\\s+)?NULL\\b|\\bENGINE\\s*=\\s*Aria\\b|\\bWITH\\s+SYSTEM\\s+VERSIONING\\b"));

  @Test
  void theMigrationsRunUnderMySql8sSqlModeThroughConnectorJ() throws SQLException {
    assumeTrue(listening(), "no database on " + HOST + ":" + PORT);
    String schema = "mysql8_check_" + System.nanoTime();
    MysqlDataSource server = dataSource("");
    try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    try {
      MigrateResult result =
          SchemaMigration.flyway(dataSource(schema), TestDatabase::noMasterKeyNeeded, name -> null).migrate();
      assertTrue(result.success);
      assertTrue(result.migrationsExecuted > 0);
    } finally {
      try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
      }
    }
  }

  @Test
  void noSqlOnlyMariaDbAccepts() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : files(Path.of("db/migration"), Path.of("src/main/java"))) {
      String text = Files.readString(file);
      MARIADB_ONLY.forEach((what, pattern) -> {
        if (pattern.matcher(file.toString().endsWith(".sql") ? text : sqlInJava(text)).find()) {
          found.add(file + ": " + what);
        }
      });
    }
    assertEquals(List.of(), found);
  }

  private static Pattern sql(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  /** The string literals of a Java source, where its SQL is: comments and names do not count. */
  private static String sqlInJava(String source) {
    StringBuilder literals = new StringBuilder();
    var matcher = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(source);
    while (matcher.find()) {
      literals.append(matcher.group(1));
    }
    return literals.toString();
  }

  private static List<Path> files(Path... roots) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".sql") || p.toString().endsWith(".java")).forEach(files::add);
      }
    }
    return files;
  }

  /** The server's root account (no password on the CI machine) in MySQL 8's SQL mode. */
  private static MysqlDataSource dataSource(String schema) throws SQLException {
    MysqlDataSource dataSource = new MysqlDataSource();
    dataSource.setUrl("jdbc:mysql://" + HOST + ":" + PORT + "/" + schema
        + "?sslMode=DISABLED&characterEncoding=UTF-8&connectionTimeZone=UTC");
    dataSource.setUser("root");
    dataSource.setSessionVariables("sql_mode='" + EmbeddedDatabase.MYSQL_8_SQL_MODE + "'");
    return dataSource;
  }

  private static boolean listening() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(HOST, PORT), 1000);
      return true;
    } catch (ConnectException refused) {
      return false;
    } catch (IOException other) {
      return false;
    }
  }
}
