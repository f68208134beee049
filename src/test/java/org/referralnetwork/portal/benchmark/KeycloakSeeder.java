package org.referralnetwork.portal.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the generated organisations and users into the benchmark's own Keycloak through its admin
 * API, as the local trial's administrator (admin / admin, local only).
 */
final class KeycloakSeeder {

  /** The demo realm's authenticator secret, shared by the benchmark's reviewers (local only). */
  private static final String OTP_SECRET = "DemoTotpSecretLocalRunsOnly2026";

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String admin;
  private String token;

  KeycloakSeeder(String issuer) {
    int realms = issuer.lastIndexOf("/realms/");
    this.base = issuer.substring(0, realms);
    this.admin = base + "/admin" + issuer.substring(realms);
  }

  /** A user to create: roles, organisation, and whether they sign in (password and, for reviewers, a one-time code). */
  record User(String username, String organisationId, List<String> roles, boolean signsIn) {}

  /** The ids of the realm's organisations by alias. */
  Map<String, String> organisations() throws Exception {
    Map<String, String> ids = new HashMap<>();
    for (JsonValue value : array(send("GET", admin + "/organizations?first=0&max=1000", null))) {
      JsonObject organisation = value.asJsonObject();
      ids.put(organisation.getString("alias"), organisation.getString("id"));
    }
    return ids;
  }

  void createOrganisation(String alias, String name, String kind) throws Exception {
    JsonObject body = Json.createObjectBuilder()
        .add("name", name)
        .add("alias", alias)
        .add("enabled", true)
        .add("domains", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", alias + ".example.org")))
        .add("attributes", Json.createObjectBuilder()
            .add("kind", Json.createArrayBuilder().add(kind))
            .add("name", Json.createArrayBuilder().add(name)))
        .build();
    require(send("POST", admin + "/organizations", body.toString()), 201, "organisation " + alias);
  }

  /** Creates the users in one partial import, then makes each a member of their organisation. */
  void createUsers(List<User> users) throws Exception {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (User user : users) {
      JsonObjectBuilder json = Json.createObjectBuilder()
          .add("username", user.username())
          .add("enabled", true)
          .add("emailVerified", true)
          .add("firstName", "Bench")
          .add("lastName", user.username())
          .add("email", user.username() + "@bench.example.org")
          .add("realmRoles", Json.createArrayBuilder(user.roles()));
      if (user.signsIn()) {
        JsonArrayBuilder credentials = Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("type", "password").add("value", "demo-password").add("temporary", false));
        if (user.roles().contains("reviewer")) {
          credentials.add(Json.createObjectBuilder().add("type", "otp")
              .add("secretData", "{\"value\": \"" + OTP_SECRET + "\"}")
              .add("credentialData", "{\"subType\": \"totp\", \"digits\": 6, \"counter\": 0, \"period\": 30,"
                  + " \"algorithm\": \"HmacSHA1\"}"));
        }
        json.add("credentials", credentials);
      }
      list.add(json);
    }
    String body = Json.createObjectBuilder().add("ifResourceExists", "SKIP").add("users", list).build().toString();
    require(send("POST", admin + "/partialImport", body), 200, "users");
    Map<String, String> roles = new HashMap<>();
    for (User user : users) {
      JsonArray found = array(send("GET", admin + "/users?exact=true&username="
          + URLEncoder.encode(user.username(), StandardCharsets.UTF_8), null));
      String id = found.getJsonObject(0).getString("id");
      // a partial import leaves realm roles out: they are mapped here, one call per user
      JsonArrayBuilder mapped = Json.createArrayBuilder();
      for (String role : user.roles()) {
        mapped.add(Json.createReader(new StringReader(roles.computeIfAbsent(role, this::role))).readObject());
      }
      require(send("POST", admin + "/users/" + id + "/role-mappings/realm", mapped.build().toString()), 204,
          "roles of " + user.username());
      HttpResponse<String> added = send("POST", admin + "/organizations/" + user.organisationId() + "/members",
          "\"" + id + "\"");
      if (added.statusCode() != 201 && added.statusCode() != 409) {
        throw new IllegalStateException("membership of " + user.username() + ": " + added.statusCode() + " " + added.body());
      }
    }
  }

  /** A realm role's representation, as the role-mapping call wants it. */
  private String role(String name) {
    try {
      HttpResponse<String> role = send("GET", admin + "/roles/" + name, null);
      require(role, 200, "role " + name);
      return role.body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> send(String method, String url, String body) throws Exception {
    for (int attempt = 0; ; attempt++) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
          .header("Authorization", "Bearer " + token())
          .header("Content-Type", "application/json")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 401 || attempt > 0) {
        return response;
      }
      token = null; // expired during a long seeding: fetch a new one once
    }
  }

  private String token() throws Exception {
    if (token == null) {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
              URI.create(base + "/realms/master/protocol/openid-connect/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
          .build(), HttpResponse.BodyHandlers.ofString());
      token = Json.createReader(new StringReader(answer.body())).readObject().getString("access_token");
    }
    return token;
  }

  private static JsonArray array(HttpResponse<String> response) {
    require(response, 200, "list");
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static void require(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(what + ": Keycloak answered " + response.statusCode() + " " + response.body());
    }
  }
}
