package org.referralnetwork.portal.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the partner API's bearer tokens: access tokens of the portal's own Keycloak realm
 * ({@code oidc.issuer}), signed with one of its current keys, not expired, and issued to an API
 * client (a service account whose client id starts with {@code portal.api.client-prefix}), never
 * to the portal's own login client.
 */
@ApplicationScoped
public class BearerTokens {

  private static final String SCHEME = "Bearer ";
  /** Looked up once: {@code Json.create...} searches the class path for a provider at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject
  @ConfigProperty(name = "oidc.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "portal.api.client-prefix", defaultValue = "api-")
  String clientPrefix;

  private volatile ConfigurableJWTProcessor<SecurityContext> processor;

  /** The token of an {@code Authorization} header, checked; refused with the reason otherwise. */
  public BearerCaller.Token check(String authorization) throws InvalidTokenException {
    if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new InvalidTokenException("no bearer token");
    }
    JWTClaimsSet claims;
    try {
      claims = processor().process(authorization.substring(SCHEME.length()).strip(), null);
    } catch (ParseException | BadJOSEException | JOSEException refused) {
      throw new InvalidTokenException("token refused: " + refused.getMessage(), refused);
    }
    try {
      String clientId = claims.getStringClaim("azp");
      if (clientId == null || !clientId.startsWith(clientPrefix)) {
        throw new InvalidTokenException("token not issued to an API client");
      }
      String username = claims.getStringClaim("preferred_username");
      return new BearerCaller.Token(clientId, claims.getSubject(),
          username == null ? "service-account-" + clientId : username,
          MembershipClaim.parse(json(claims.getJSONObjectClaim("organization"))), roles(claims));
    } catch (ParseException | IllegalArgumentException malformed) {
      throw new InvalidTokenException("token claims malformed: " + malformed.getMessage(), malformed);
    }
  }

  private static JsonValue json(Map<String, Object> claim) {
    return claim == null ? null : JSON.createObjectBuilder(claim).build();
  }

  private static Set<String> roles(JWTClaimsSet claims) throws ParseException {
    Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
    if (realmAccess == null || !(realmAccess.get("roles") instanceof List<?> roles)) {
      return Set.of();
    }
    return roles.stream().filter(String.class::isInstance).map(String.class::cast)
        .filter(Roles.ALL::contains).collect(Collectors.toUnmodifiableSet());
  }

  private ConfigurableJWTProcessor<SecurityContext> processor() {
    if (processor == null) {
      synchronized (this) {
        if (processor == null) {
          processor = newProcessor();
        }
      }
    }
    return processor;
  }

  private ConfigurableJWTProcessor<SecurityContext> newProcessor() {
    JWKSource<SecurityContext> keys;
    try {
      keys = JWKSourceBuilder.create(URI.create(issuer + "/protocol/openid-connect/certs").toURL()).retrying(true).build();
    } catch (MalformedURLException badIssuer) {
      throw new IllegalStateException("oidc.issuer is not a URL", badIssuer);
    }
    DefaultJWTProcessor<SecurityContext> jwtProcessor = new DefaultJWTProcessor<>();
    jwtProcessor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
    // exact issuer, an access token (not an id or refresh token), and the claims the portal reads
    jwtProcessor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
        new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
        Set.of("sub", "exp", "iat", "azp")));
    return jwtProcessor;
  }
}
