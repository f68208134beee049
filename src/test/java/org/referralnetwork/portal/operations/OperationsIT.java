package org.referralnetwork.portal.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.TestDatabase;
import org.referralnetwork.portal.testing.TestRows;

/**
 * What an orchestrator and a Prometheus scraper see, without a login, with the portal deployed as in
 * production: readiness with the database and Keycloak checked, and the portal's figures matching the
 * rows in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

  private static final long WAIT_MILLIS = 20_000;
  private static final String FUNDED = "SELECT COUNT(*) FROM referral WHERE status = 'FUNDED'";
  private static final String DECIDED_IN_90_DAYS =
      "SELECT COUNT(*) FROM referral WHERE decided_at >= UTC_TIMESTAMP() - INTERVAL 90 DAY AND submitted_at IS NOT NULL";

  @Deployment(testable = false)
  static WebArchive deployment() {
    // at the context root, where the portal's login would cover /health and /metrics too
    return Deployments.portalAtContextRoot();
  }

  @ArquillianResource URL deployed;

  private final HttpClient http = Deployments.clientAsTheProxy().build();

  @Test
  void readinessChecksTheDatabaseAndKeycloak() throws Exception {
    HttpResponse<String> ready = get("health/ready");

    assertEquals(200, ready.statusCode(), ready.body());
    JsonObject health = Json.createReader(new StringReader(ready.body())).readObject();
    assertEquals("UP", health.getString("status"));
    Set<String> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(check -> "UP".equals(check.getString("status")))
        .map(check -> check.getString("name"))
        .collect(Collectors.toSet());
    assertTrue(checks.containsAll(Set.of("database", "keycloak")), ready.body());
  }

  @Test
  void metricsCountTheReferralsQuotasAndDecisionsInTheDatabase() throws Exception {
    String organisation = "ops-it-" + System.nanoTime();
    long quota;
    try (Connection db = TestDatabase.portalSchema().getConnection()) {
      execute(db, "INSERT INTO organisation (id, alias, name, registered_at, refreshed_at) VALUES (?, ?, ?, NOW(6), NOW(6))",
          organisation, organisation, "Operations IT");
      TestRows rows = new TestRows();
      rows.insertReferral(db, organisation, "EMERGENCY_GRANT", "FUNDED", "Figure One", 0);
      rows.insertReferral(db, organisation, "EMERGENCY_GRANT", "FUNDED", "Figure Two", 0);
      long decided = rows.insertReferral(db, organisation, "EMERGENCY_GRANT", "ACCEPTED", "Figure Three", 1);
      execute(db, "UPDATE referral SET decided_at = NOW(6) WHERE id = ?", decided);
      quota = TestRows.insert(db, "INSERT INTO quota (programme, organisation_id, period_start, period_end, allotted)"
          + " VALUES ('TEMPORARY_RELOCATION', ?, CURRENT_DATE, CURRENT_DATE + INTERVAL 1 YEAR, 7)", organisation);
      TestRows.insert(db, "INSERT INTO slot_movement (quota_id, kind, allotted_delta, held_delta, used_delta, moved_by, moved_at)"
          + " VALUES (?, 'ALLOT', 7, 0, 0, 'test', NOW(6))", quota);
    }

    String quotaLabel = "quota=\"" + quota + "\"";
    String metrics = scrapeUntil(text -> value(text, "portal_referrals", "status=\"FUNDED\"") == count(FUNDED)
        && value(text, "portal_quota_slots", quotaLabel, "slots=\"allotted\"") == 7
        && value(text, "portal_review_decisions") == count(DECIDED_IN_90_DAYS));

    assertTrue(value(metrics, "portal_referrals", "status=\"FUNDED\"") >= 2, metrics);
    assertEquals(0, value(metrics, "portal_quota_slots", quotaLabel, "slots=\"held\""));
    assertEquals(0, value(metrics, "portal_quota_slots", quotaLabel, "slots=\"used\""));
    assertTrue(value(metrics, "portal_review_decisions") >= 1, metrics);
    assertTrue(value(metrics, "portal_review_median_seconds") >= 0, metrics);
    assertTrue(value(metrics, "portal_review_p95_seconds") >= value(metrics, "portal_review_median_seconds"), metrics);
    // counts only: no name of a defender reaches the figures
    assertTrue(!metrics.contains("Figure One") && !metrics.contains(organisation), "no names in the figures");
  }

  /** Scrapes /metrics until the figures caught up with the rows, as they do within the refresh time. */
  private String scrapeUntil(Predicate<String> caughtUp) throws Exception {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    HttpResponse<String> scraped;
    do {
      scraped = get("metrics");
      assertEquals(200, scraped.statusCode(), scraped.body());
      if (caughtUp.test(scraped.body())) {
        return scraped.body();
      }
      Thread.sleep(500);
    } while (System.currentTimeMillis() < deadline);
    throw new AssertionError("the figures did not catch up with the database:\n" + portalLines(scraped.body()));
  }

  /** The value of the Prometheus line of that metric carrying all those labels; -1 when there is none. */
  private static double value(String metrics, String name, String... labels) {
    Matcher line = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? (\\S+)$").matcher(metrics);
    while (line.find()) {
      String found = line.group(1) == null ? "" : line.group(1);
      if (Arrays.stream(labels).allMatch(found::contains)) {
        return Double.parseDouble(line.group(2));
      }
    }
    return -1;
  }

  private static String portalLines(String metrics) {
    return metrics.lines().filter(line -> line.startsWith("portal_")).collect(Collectors.joining("\n"));
  }

  private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  private static long count(String sql) {
    try (Connection db = TestDatabase.portalSchema().getConnection();
        PreparedStatement query = db.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + deployed.getPort() + "/" + path);
    return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
