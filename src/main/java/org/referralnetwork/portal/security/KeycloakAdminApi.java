package org.referralnetwork.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
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
import java.util.Optional;

/**
 * Keycloak's admin REST API of the portal's realm, called as the portal's own service account
 * (client credentials of the confidential client). Its rights are the realm-management roles
 * view-users, query-users, manage-users and manage-realm (Keycloak 26.4 asks manage-realm for every
 * organisation endpoint). Paths in errors lose their ids, so no user id reaches a log.
 */
@ApplicationScoped
public class KeycloakAdminApi {

  @Inject OpenIdSettings settings;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Clock clock = Clock.systemUTC();
  private String token;
  private Instant tokenExpires = Instant.MIN;

  /** Keycloak's answer: its status, body and the Location of what it created. */
  public record Answer(int status, String body, Optional<String> location) {

    /** The id at the end of the Location header of a 201. */
    public String createdId() {
      String path = location.orElseThrow(() -> new IllegalStateException("Keycloak gave no Location"));
      return path.substring(path.lastIndexOf('/') + 1);
    }

    public boolean succeeded() {
      return status / 100 == 2;
    }
  }

  /** A GET that must answer 200 with JSON. */
  public JsonStructure get(String path) throws IOException {
    Answer answer = call("GET", path, null, null);
    if (answer.status() != 200) {
      throw new IOException("Keycloak answered " + answer.status() + " to GET " + withoutIds(path));
    }
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.read();
    }
  }

  /** A change that must succeed (any 2xx). */
  public Answer change(String method, String path, String json) throws IOException {
    Answer answer = call(method, path, json, "application/json");
    if (!answer.succeeded()) {
      throw new IOException("Keycloak answered " + answer.status() + " to " + method + " " + withoutIds(path));
    }
    return answer;
  }

  /** Any call; the caller reads the status (e.g. 409 for a name already taken). */
  public Answer call(String method, String path, String body, String contentType) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminBase() + path))
        .header("Authorization", "Bearer " + serviceToken())
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(15));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> response = send(request.build());
    return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location"));
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
      var answer = reader.readObject();
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

  private static String withoutIds(String path) {
    return path.replaceAll("/[0-9a-f-]{36}", "/{id}").replaceAll("\\?.*", "");
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
