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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.referralnetwork.portal.platform.KeptAnswers;

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

  /**
   * A partner's system sends the same token with every request until it expires; its signature and
   * claims were checked again each time (5 % of the API threads' time in a profiled benchmark). A
   * checked token is kept for {@link #KEPT} if it is valid for longer than that, so a kept token is
   * never taken past its expiry. What changes: a token signed with a key Keycloak has just withdrawn
   * is still taken for up to {@link #KEPT} (no token is revoked here before it expires anyway).
   * Keyed by the token's SHA-256, so that the credentials themselves are not held.
   */
  private static final Duration KEPT = Duration.ofSeconds(60);

  private record Checked(BearerCaller.Token token, Instant expires) {}

  private final KeptAnswers<Checked> checked = new KeptAnswers<>(KEPT, 10_000);

  private volatile ConfigurableJWTProcessor<SecurityContext> processor;

  /** The token of an {@code Authorization} header, checked; refused with the reason otherwise. */
  public BearerCaller.Token check(String authorization) throws InvalidTokenException {
    if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new InvalidTokenException("no bearer token");
    }
    String token = authorization.substring(SCHEME.length()).strip();
    return checked.answer(sha256(token), () -> checkNow(token),
        answer -> answer.expires().isAfter(Instant.now().plus(KEPT))).token();
  }

  private Checked checkNow(String token) throws InvalidTokenException {
    JWTClaimsSet claims;
    try {
      claims = processor().process(token, null);
    } catch (ParseException | BadJOSEException | JOSEException refused) {
      throw new InvalidTokenException("token refused: " + refused.getMessage(), refused);
    }
    try {
      String clientId = claims.getStringClaim("azp");
      if (clientId == null || !clientId.startsWith(clientPrefix)) {
        throw new InvalidTokenException("token not issued to an API client");
      }
      String username = claims.getStringClaim("preferred_username");
      return new Checked(new BearerCaller.Token(clientId, claims.getSubject(),
          username == null ? "service-account-" + clientId : username,
          MembershipClaim.parse(json(claims.getJSONObjectClaim("organization"))), roles(claims)),
          claims.getExpirationTime().toInstant());
    } catch (ParseException | IllegalArgumentException malformed) {
      throw new InvalidTokenException("token claims malformed: " + malformed.getMessage(), malformed);
    }
  }

  private static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
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
