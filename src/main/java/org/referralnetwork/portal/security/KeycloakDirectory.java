package org.referralnetwork.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What Keycloak knows now, asked through its admin REST API as the portal's own service account
 * (client credentials): a user's organisations (needs view-users), an organisation's members
 * (Keycloak 26.4 needs manage-realm for every organisation endpoint), a role's holders (view-realm,
 * which manage-realm includes).
 */
@ApplicationScoped
public class KeycloakDirectory {

  @Inject OpenIdSettings settings;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Clock clock = Clock.systemUTC();
  private String token;
  private Instant tokenExpires = Instant.MIN;

  /** A member of an organisation as the portal shows it. */
  public record Member(String id, String username, String firstName, String lastName, String email, boolean enabled) {}

  /** The ids of the organisations the user is a member of now. */
  public List<String> organisationsOf(String userId) throws IOException {
    JsonArray organisations = get("/organizations/members/" + encode(userId) + "/organizations?briefRepresentation=true");
    List<String> ids = new ArrayList<>();
    for (JsonValue organisation : organisations) {
      ids.add(organisation.asJsonObject().getString("id"));
    }
    return ids;
  }

  /** True when the user has set up a one-time-password authenticator (Keycloak then asks for it at every login). */
  public boolean hasOneTimePassword(String userId) throws IOException {
    for (JsonValue credential : get("/users/" + encode(userId) + "/credentials")) {
      if ("otp".equals(credential.asJsonObject().getString("type", ""))) {
        return true;
      }
    }
    return false;
  }

  /** The members of an organisation, in Keycloak's order. */
  public List<Member> membersOf(String organisationId) throws IOException {
    JsonArray members = get("/organizations/" + encode(organisationId) + "/members?first=0&max=500");
    List<Member> list = new ArrayList<>();
    for (JsonValue value : members) {
      JsonObject member = value.asJsonObject();
      list.add(new Member(member.getString("id"), member.getString("username", ""), member.getString("firstName", ""),
          member.getString("lastName", ""), member.getString("email", ""), member.getBoolean("enabled", true)));
    }
    return list;
  }

  /** The ids of the organisations of a kind (their attribute "kind"), e.g. the secretariat. */
  public List<String> organisationsOfKind(String kind) throws IOException {
    List<String> ids = new ArrayList<>();
    for (JsonValue organisation : get("/organizations?briefRepresentation=true&first=0&max=100&q=" + encode("kind:" + kind))) {
      ids.add(organisation.asJsonObject().getString("id"));
    }
    return ids;
  }

  /** The ids of the users who hold a realm role directly (the portal's roles are given to users, not groups). */
  public Set<String> holdersOf(String role) throws IOException {
    Set<String> ids = new HashSet<>();
    for (JsonValue user : get("/roles/" + encode(role) + "/users?briefRepresentation=true&first=0&max=5000")) {
      ids.add(user.asJsonObject().getString("id"));
    }
    return ids;
  }

  private JsonArray get(String path) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(adminBase() + path))
        .header("Authorization", "Bearer " + serviceToken())
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(10))
        .GET()
        .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new IOException("Keycloak answered " + response.statusCode() + " to " + path.replaceAll("/[0-9a-f-]{36}", "/{id}"));
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  /** The service account's token, fetched again a little before it expires. */
  private synchronized String serviceToken() throws IOException {
    if (token != null && clock.instant().isBefore(tokenExpires)) {
      return token;
    }
    String form = "grant_type=client_credentials&client_id=" + encode(settings.getClientId()) + "&client_secret="
        + encode(settings.getClientSecret());
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(settings.getIssuer() + "/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build());
    if (response.statusCode() != 200) {
      throw new IOException("Keycloak refused the portal's service account: " + response.statusCode());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject answer = reader.readObject();
      token = answer.getString("access_token");
      tokenExpires = clock.instant().plusSeconds(Math.max(10, answer.getInt("expires_in", 60) - 10));
      return token;
    }
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking Keycloak", interrupted);
    }
  }

  /** http://host/realms/name becomes http://host/admin/realms/name. */
  private String adminBase() {
    String issuer = settings.getIssuer();
    int realms = issuer.lastIndexOf("/realms/");
    return issuer.substring(0, realms) + "/admin" + issuer.substring(realms);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
