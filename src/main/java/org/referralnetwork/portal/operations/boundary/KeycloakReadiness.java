package org.referralnetwork.portal.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.referralnetwork.portal.security.OpenIdSettings;

/**
 * Ready when Keycloak serves the discovery document of the configured issuer: without it nobody
 * can sign in. Short timeouts, so a hanging Keycloak cannot hang the health endpoint.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  @Inject OpenIdSettings settings;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("keycloak").status(answers()).build();
  }

  private boolean answers() {
    try {
      URI discovery = URI.create(settings.getIssuer().replaceAll("/+$", "") + "/.well-known/openid-configuration");
      HttpResponse<Void> response =
          http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException | IllegalArgumentException unreachable) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
