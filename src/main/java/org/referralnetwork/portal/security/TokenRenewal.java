package org.referralnetwork.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * New tokens for kept ones that expired, from the provider's token endpoint with the refresh token
 * (server to server, no browser round trip). Used after a failover, when the tokens a session
 * brought along are older than their lifetime.
 */
@ApplicationScoped
public class TokenRenewal {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Inject private OpenIdSettings settings;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  /** True when the provider gave new tokens, now kept in {@code tokens}. */
  boolean renew(SignInTokens tokens, String tokenEndpoint) {
    if (tokens.refreshToken() == null || tokenEndpoint == null) {
      return false;
    }
    String form =
        Map.of(
                "grant_type", "refresh_token",
                "refresh_token", tokens.refreshToken(),
                "client_id", settings.getClientId(),
                "client_secret", settings.getClientSecret())
            .entrySet().stream()
            .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(tokenEndpoint))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        return false; // the sign-in ended at the provider
      }
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        JsonObject renewed = reader.readObject();
        tokens.replace(renewed);
        return true;
      }
    } catch (IOException unreachable) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
