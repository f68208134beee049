package org.referralnetwork.portal.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a sign-in when a cluster moves a session to another instance. The session arrives with the
 * caller known but, since Soteria's OpenID context is not serializable, without her tokens, and
 * Soteria would fail on the empty context. Before it looks, the tokens kept in {@link SignInTokens}
 * are put back into the context (through Soteria's public token classes, found by reflection as
 * they are not part of the Jakarta API), and the caller is registered on this instance with the
 * roles her access token names, as at her sign-in (tokens expired since are renewed first, with
 * the refresh token). Later requests go through Soteria as usual.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class ClusteredSignIn implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(ClusteredSignIn.class.getName());
  private static final String SOTERIA_TOKENS = "org.glassfish.soteria.mechanisms.openid.domain.";
  /** Soteria's default: a token counts as expired this many milliseconds before it is. */
  private static final long TOKEN_MIN_VALIDITY_MILLIS = 10_000;

  @Inject @Delegate @Any private HttpAuthenticationMechanism mechanism;
  @Inject private OpenIdContext context;
  @Inject private SignInTokens tokens;
  @Inject private TokenRenewal renewal;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext httpMessageContext)
      throws AuthenticationException {
    // only a signed-in caller's request touches the session: public pages and probes create none
    boolean signedIn = request.getUserPrincipal() != null;
    if (signedIn && context.getAccessToken() == null && tokens.isKept() && restoreContext() && stillValid()) {
      // the session brought the caller's name but not her roles: register both on this instance,
      // for this request and the session's next ones
      String name = request.getUserPrincipal().getName();
      Set<String> groups = SignInRoles.of(context);
      httpMessageContext.setRegisterSession(name, groups);
      return httpMessageContext.notifyContainerAboutLogin(name, groups);
    }
    AuthenticationStatus status = mechanism.validateRequest(request, response, httpMessageContext);
    if (status == AuthenticationStatus.SUCCESS && (signedIn || httpMessageContext.getCallerPrincipal() != null)) {
      tokens.keep(context);
    }
    return status;
  }

  /** The restored tokens are valid, or expired since and renewed with the refresh token. */
  private boolean stillValid() {
    return !context.getAccessToken().isExpired()
        || renewal.renew(tokens, context.getProviderMetadata().getString("token_endpoint", null)) && restoreContext();
  }

  /** True when the context holds the kept tokens again. */
  private boolean restoreContext() {
    try {
      ClassLoader soteria = soteriaClassLoader();
      Object access =
          soteria.loadClass(SOTERIA_TOKENS + "AccessTokenImpl")
              .getConstructor(String.class, String.class, Long.class, String.class, long.class)
              // no expires_in: the token's own "exp" claim decides
              .newInstance(tokens.tokenType(), tokens.accessToken(), null, tokens.scope(), TOKEN_MIN_VALIDITY_MILLIS);
      Object identity =
          soteria.loadClass(SOTERIA_TOKENS + "IdentityTokenImpl")
              .getConstructor(String.class, long.class)
              .newInstance(tokens.identityToken(), TOKEN_MIN_VALIDITY_MILLIS);
      set("setTokenType", String.class, tokens.tokenType());
      set("setAccessToken", AccessToken.class, access);
      set("setIdentityToken", IdentityToken.class, identity);
      if (tokens.refreshToken() != null) {
        Object refresh =
            soteria.loadClass(SOTERIA_TOKENS + "RefreshTokenImpl").getConstructor(String.class).newInstance(tokens.refreshToken());
        set("setRefreshToken", RefreshToken.class, refresh);
      }
      return true;
    } catch (ReflectiveOperationException | RuntimeException changedSoteria) {
      // Soteria then fails this request as it would without the copies; the log says why
      LOG.log(Level.WARNING, "the OpenID context could not be restored after a failover", changedSoteria);
      return false;
    }
  }

  /** Soteria's classes, seen from the context's implementation (the injected object is a proxy of it). */
  private ClassLoader soteriaClassLoader() {
    Class<?> type = context.getClass();
    while (!type.getName().startsWith("org.glassfish.soteria.")) {
      type = type.getSuperclass();
    }
    return type.getClassLoader();
  }

  private void set(String setter, Class<?> type, Object value) throws ReflectiveOperationException {
    context.getClass().getMethod(setter, type).invoke(context, value);
  }
}
