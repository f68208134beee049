package org.referralnetwork.portal.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The test Keycloak's admin API of the demo realm, as the local trial's administrator: the demo
 * users' ids, and the changes tests make behind the portal's back (a membership removed, a user added).
 */
public final class KeycloakUsers {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private KeycloakUsers() {}

  public static String idOf(String username) throws Exception {
    String users = call("GET", "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null);
    try (JsonReader reader = Json.createReader(new StringReader(users))) {
      JsonArray found = reader.readArray();
      return found.getJsonObject(0).getString("id");
    }
  }

  /** A call to {@code /admin/realms/<realm><path>} that must succeed; its body. */
  public static String call(String method, String path, String json) throws Exception {
    String issuer = System.getProperty("it.oidc.issuer");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer.replace("/realms/", "/admin/realms/") + path))
        .header("Authorization", "Bearer " + adminToken(issuer));
    request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
        : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(response.statusCode() / 100 == 2, method + " " + path + ": " + response.statusCode() + " " + response.body());
    return response.body();
  }

  private static String adminToken(String issuer) throws Exception {
    String master = issuer.substring(0, issuer.lastIndexOf("/realms/")) + "/realms/master/protocol/openid-connect/token";
    HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(master))
        .header("Content-Type", "application/x-www-form-urlencoded")
        // the test Keycloak's local administrator (KeycloakServer), never a real one
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
        .build(), HttpResponse.BodyHandlers.ofString());
    try (JsonReader reader = Json.createReader(new StringReader(token.body()))) {
      return reader.readObject().getString("access_token");
    }
  }
}
