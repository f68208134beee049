package org.referralnetwork.portal.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The test Keycloak's ids of the demo users, asked through its admin API as the local trial's administrator. */
public final class KeycloakUsers {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private KeycloakUsers() {}

  public static String idOf(String username) throws Exception {
    String issuer = System.getProperty("it.oidc.issuer");
    int realms = issuer.lastIndexOf("/realms/");
    String base = issuer.substring(0, realms);
    HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(
            URI.create(base + "/realms/master/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(
            "grant_type=password&client_id=admin-cli&username=admin&password=admin")) // the local trial's admin
        .build(), HttpResponse.BodyHandlers.ofString());
    String accessToken = Json.createReader(new StringReader(token.body())).readObject().getString("access_token");
    HttpResponse<String> users = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/admin" + issuer.substring(realms)
            + "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)))
        .header("Authorization", "Bearer " + accessToken)
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    JsonArray found = Json.createReader(new StringReader(users.body())).readArray();
    return found.getJsonObject(0).getString("id");
  }
}
