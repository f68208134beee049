package org.referralnetwork.portal.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import java.io.Serializable;
import java.util.Objects;

/**
 * The caller's OpenID tokens as plain text, in the session. Soteria's own OpenID context cannot be
 * serialized, so it does not travel with a replicated session to another instance of a cluster;
 * these copies do, and {@link ClusteredSignIn} puts them back (README, "Scale-out"). The tokens are
 * as secret as the session id that already gives their holder the same access.
 */
@SessionScoped
public class SignInTokens implements Serializable {

  private static final long serialVersionUID = 1L;

  private String tokenType;
  private String accessToken;
  private String identityToken;
  private String refreshToken;
  private String scope;

  /** Copies the context's tokens, once after the sign-in and again after each refresh. */
  void keep(OpenIdContext context) {
    AccessToken access = context.getAccessToken();
    if (access == null || context.getIdentityToken() == null || Objects.equals(access.getToken(), accessToken)) {
      return;
    }
    tokenType = context.getTokenType();
    accessToken = access.getToken();
    identityToken = context.getIdentityToken().getToken();
    refreshToken = context.getRefreshToken().map(RefreshToken::getToken).orElse(null);
    scope = access.getScope() == null ? null : String.join(" ", access.getScope());
  }

  /** Keeps the tokens of a token endpoint's answer (after a renewal). */
  void replace(JsonObject answer) {
    tokenType = answer.getString("token_type", tokenType);
    accessToken = answer.getString("access_token");
    identityToken = answer.getString("id_token", identityToken);
    refreshToken = answer.getString("refresh_token", refreshToken);
    scope = answer.getString("scope", scope);
  }

  boolean isKept() {
    return accessToken != null;
  }

  String tokenType() {
    return tokenType;
  }

  String accessToken() {
    return accessToken;
  }

  String identityToken() {
    return identityToken;
  }

  String refreshToken() {
    return refreshToken;
  }

  String scope() {
    return scope;
  }
}
