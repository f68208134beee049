package org.referralnetwork.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.PartnerApiClient;
import org.referralnetwork.portal.testing.TestDatabase;

/**
 * The partner API over HTTP with real tokens of the test Keycloak (client credentials of the demo
 * partners' API clients): creation under an idempotency key, submission (or both in one request),
 * paged lists of one's own, another organisation's referral refused and audited, and clear
 * problems for bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  private final HttpClient http = Deployments.clientAsTheProxy().build();
  private PartnerApiClient client;

  private static final String DRAFT = """
      {"programme": "EMERGENCY_GRANT", "urgency": "HIGH", "language": "EN", "nameOrAlias": "Api Defender %s",
       "countryCode": "SY", "humanRightsWork": "Documents detentions.", "riskSituation": "Threatened after a report.",
       "safeContact": "Signal via the partner", "measures": ["LEGAL_AID"], "amountEur": 1500, "consentGiven": true}
      """;

  @Test
  void partnersWorkOnTheirOwnReferralsOnly() throws Exception {
    client = new PartnerApiClient(deployed);
    String api = client.api();
    String alpha = token("api-partner-a", "demo-api-partner-a-secret");
    String beta = token("api-partner-b", "demo-api-partner-b-secret");

    // no token, or a forged one: 401 problem
    HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(api + "/referrals")).GET(), null);
    assertProblem(anonymous, 401);
    assertProblem(send(HttpRequest.newBuilder(URI.create(api + "/referrals")).GET(), alpha.substring(0, alpha.length() - 4) + "AAAA"), 401);

    // create with an idempotency key: 201; the replay gives the same referral, one row
    String key = UUID.randomUUID().toString();
    String body = DRAFT.formatted("One");
    HttpResponse<String> created = post(api + "/referrals", alpha, body, key);
    long id = made(created, "DRAFT");
    // the answer shows what was stored, read in the creating transaction: details, history, the version to submit
    JsonObject details = json(created).getJsonObject("details");
    assertEquals("Api Defender One", details.getString("nameOrAlias"));
    assertEquals("Threatened after a report.", details.getString("riskSituation"));
    assertEquals(1500, details.getInt("amountEur"));
    assertEquals(1, json(created).getJsonArray("history").size());
    long version = json(created).getJsonNumber("version").longValue();
    assertEquals(version, count("SELECT version FROM referral WHERE id = ?", id));
    assertEquals(List.of("REFERRAL_CREATED", "REFERRAL_READ"),
        strings("SELECT action FROM audit_event WHERE referral_id = ? ORDER BY seq", id));
    HttpResponse<String> replayed = post(api + "/referrals", alpha, body, key);
    assertEquals(200, replayed.statusCode(), replayed.body());
    assertEquals(id, json(replayed).getJsonNumber("id").longValue());
    assertEquals(1, count("SELECT COUNT(*) FROM api_idempotency WHERE idempotency_key = ?", key));
    assertEquals(1, count("SELECT COUNT(*) FROM referral r JOIN defender d ON d.id = r.defender_id WHERE r.id = ?", id));
    // the same key with another body: 422
    assertProblem(post(api + "/referrals", alpha, DRAFT.formatted("Two"), key), 422);
    // no key: 400
    assertProblem(post(api + "/referrals", alpha, body, null), 400);

    // submit as seen at creation, then read status and history; the same version again is a conflict
    String seen = "{\"version\": " + version + "}";
    HttpResponse<String> submitted = post(api + "/referrals/" + id + "/submit", alpha, seen, null);
    assertEquals(200, submitted.statusCode(), submitted.body());
    assertEquals("SUBMITTED", json(submitted).getString("status"));
    assertEquals(2, json(submitted).getJsonArray("history").size());
    assertEquals("Api Defender One", json(submitted).getJsonObject("details").getString("nameOrAlias"));
    assertProblem(post(api + "/referrals/" + id + "/submit", alpha, seen, null), 409);

    // messages
    assertEquals(201, post(api + "/referrals/" + id + "/messages", alpha, "{\"text\": \"Any news?\"}", null).statusCode());
    HttpResponse<String> thread = send(HttpRequest.newBuilder(URI.create(api + "/referrals/" + id + "/messages")).GET(), alpha);
    assertEquals(200, thread.statusCode(), thread.body());
    assertTrue(thread.body().contains("Any news?"));

    // Beta's referral: Alpha is told it does not exist, and the attempt is audited
    HttpResponse<String> betas = post(api + "/referrals", beta, DRAFT.formatted("Beta"), UUID.randomUUID().toString());
    assertEquals(201, betas.statusCode(), betas.body());
    long betaId = json(betas).getJsonNumber("id").longValue();
    assertProblem(send(HttpRequest.newBuilder(URI.create(api + "/referrals/" + betaId)).GET(), alpha), 404);
    assertProblem(post(api + "/referrals/" + betaId + "/messages", alpha, "{\"text\": \"hello\"}", null), 404);
    assertTrue(count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_REFUSED' AND referral_id = ?", betaId) >= 2);

    // the list is paged and Alpha's only
    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(api + "/referrals?page=0&size=1")).GET(), alpha);
    assertEquals(200, page.statusCode(), page.body());
    assertEquals(1, json(page).getJsonArray("items").size());
    long total = json(page).getJsonNumber("total").longValue();
    assertEquals(Long.toString(total), page.headers().firstValue("X-Total-Count").orElseThrow());
    HttpResponse<String> all = send(HttpRequest.newBuilder(URI.create(api + "/referrals?size=100")).GET(), alpha);
    assertTrue(all.body().contains("\"id\":" + id));
    assertFalse(all.body().contains("\"id\":" + betaId));
    assertProblem(send(HttpRequest.newBuilder(URI.create(api + "/referrals?page=x")).GET(), alpha), 400);

    // malformed JSON, wrong types, invalid fields: clear problems
    HttpResponse<String> malformed = post(api + "/referrals", alpha, "{\"programme\": ", UUID.randomUUID().toString());
    assertProblem(malformed, 400);
    assertTrue(json(malformed).getString("detail").contains("JSON"), malformed.body());
    assertProblem(post(api + "/referrals", alpha, DRAFT.formatted("Three").replace("1500", "\"much\""),
        UUID.randomUUID().toString()), 400);
    assertProblem(post(api + "/referrals", alpha, DRAFT.formatted("Four").replace("\"HIGH\"", "\"VERY\""),
        UUID.randomUUID().toString()), 400);
    HttpResponse<String> invalid = post(api + "/referrals", alpha, DRAFT.formatted("Five").replace("\"SY\"", "\"Syria\""),
        UUID.randomUUID().toString());
    assertProblem(invalid, 422);
    assertTrue(json(invalid).getJsonObject("errors").containsKey("countryCode"), invalid.body());

    // in the caller's language
    HttpResponse<String> french = send(HttpRequest.newBuilder(URI.create(api + "/referrals/" + betaId)).header("Accept-Language", "fr").GET(), alpha);
    assertEquals("Introuvable", json(french).getString("title"));
    HttpResponse<String> frenchInvalid = client.send(HttpRequest.newBuilder(URI.create(api + "/referrals"))
        .header("Accept-Language", "fr").header("Content-Type", "application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .POST(HttpRequest.BodyPublishers.ofString(DRAFT.formatted("Six").replace("\"SY\"", "\"Syria\""))), alpha);
    assertProblem(frenchInvalid, 422);
    assertEquals("Choisissez le pays du/de la défenseur·e.",
        json(frenchInvalid).getJsonObject("errors").getString("countryCode"), "the field's message in French too");

    // slots
    HttpResponse<String> slots = send(HttpRequest.newBuilder(URI.create(api + "/slots")).GET(), alpha);
    assertEquals(200, slots.statusCode(), slots.body());
    assertTrue(slots.body().startsWith("["));

    // the description lists the endpoints
    HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + deployed.getPort()
        + "/openapi")).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, openapi.statusCode(), openapi.body());
    assertTrue(openapi.body().contains("/api/v1/referrals/{id}/submit") && openapi.body().contains("/api/v1/slots"),
        openapi.body());
  }

  @Test
  void aReferralIsCreatedAndSubmittedInOneRequestOrNotAtAll() throws Exception {
    client = new PartnerApiClient(deployed);
    String api = client.api();
    String alpha = token("api-partner-a", "demo-api-partner-a-secret");

    // created and submitted in one transaction: both moves in the history, one outbox event for the reviewers
    String key = UUID.randomUUID().toString();
    String body = DRAFT.formatted("Seven");
    HttpResponse<String> submitted = post(api + "/referrals?submit=true", alpha, body, key);
    long id = made(submitted, "SUBMITTED");
    assertEquals(2, json(submitted).getJsonArray("history").size());
    assertEquals("SUBMITTED", strings("SELECT status FROM referral WHERE id = ?", id).get(0));
    assertEquals(List.of("REFERRAL_CREATED", "REFERRAL_MOVED", "REFERRAL_READ"),
        strings("SELECT action FROM audit_event WHERE referral_id = ? ORDER BY seq", id));
    assertEquals(1, count("SELECT COUNT(*) FROM notification_event WHERE kind = 'REFERRAL_SUBMITTED' AND referral_id = ?", id));
    // the retry answers the same referral; the same key asking for a draft is another request
    HttpResponse<String> replayed = post(api + "/referrals?submit=true", alpha, body, key);
    assertEquals(200, replayed.statusCode(), replayed.body());
    assertEquals(id, json(replayed).getJsonNumber("id").longValue());
    assertProblem(post(api + "/referrals", alpha, body, key), 422);

    // a refused submission keeps nothing, not the draft, not the key: corrected, the same key goes through
    long referralsBefore = count("SELECT COUNT(*) FROM referral WHERE id > ?", 0);
    String refusedKey = UUID.randomUUID().toString();
    HttpResponse<String> withoutConsent = post(api + "/referrals?submit=true", alpha,
        DRAFT.formatted("Eight").replace("\"consentGiven\": true", "\"consentGiven\": false"), refusedKey);
    assertProblem(withoutConsent, 422);
    HttpResponse<String> sameDefender = post(api + "/referrals?submit=true", alpha, DRAFT.formatted("Seven"),
        UUID.randomUUID().toString());
    assertProblem(sameDefender, 409);
    assertEquals("urn:referral-network:problem:open-request", json(sameDefender).getString("type"));
    assertTrue(json(sameDefender).getString("detail").contains(Referral.reference(id)), sameDefender.body());
    assertEquals(referralsBefore, count("SELECT COUNT(*) FROM referral WHERE id > ?", 0));
    assertEquals(0, count("SELECT COUNT(*) FROM api_idempotency WHERE idempotency_key = ?", refusedKey));
    assertEquals(201, post(api + "/referrals?submit=true", alpha, DRAFT.formatted("Eight"), refusedKey).statusCode());

    // a flag that is neither true nor false: 400, naming the parameter
    HttpResponse<String> unclear = post(api + "/referrals?submit=yes", alpha, DRAFT.formatted("Nine"),
        UUID.randomUUID().toString());
    assertProblem(unclear, 400);
    assertTrue(json(unclear).getJsonObject("errors").containsKey("submit"), unclear.body());
  }

  private String token(String name, String secret) throws Exception {
    return client.token(name, secret);
  }

  private HttpResponse<String> post(String url, String token, String body, String idempotencyKey) throws Exception {
    return client.post(url, token, body, idempotencyKey);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
    return client.send(request, token);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return PartnerApiClient.json(response);
  }

  /** The id of the referral the answer says was made (201), in this status. */
  private static long made(HttpResponse<String> answer, String status) {
    assertEquals(201, answer.statusCode(), answer.body());
    assertEquals(status, json(answer).getString("status"));
    return json(answer).getJsonNumber("id").longValue();
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        response.headers().toString());
    JsonObject problem = json(response);
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("detail").isBlank());
    assertFalse(response.body().contains("Exception"), response.body());
  }

  private static List<String> strings(String sql, Object parameter) throws Exception {
    try (Connection db = TestDatabase.portalSchema().getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    }
  }

  private static long count(String sql, Object parameter) throws Exception {
    try (Connection db = TestDatabase.portalSchema().getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
