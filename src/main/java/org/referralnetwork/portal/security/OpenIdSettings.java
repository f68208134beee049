package org.referralnetwork.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect client settings, from MicroProfile Config: {@code oidc.issuer},
 * {@code oidc.client-id}, {@code oidc.client-secret} (environment: OIDC_ISSUER, OIDC_CLIENT_ID,
 * OIDC_CLIENT_SECRET). Read by the expressions of {@link OpenIdLogin}.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OpenIdSettings {

  @Inject
  @ConfigProperty(name = "oidc.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "oidc.client-id", defaultValue = "referral-portal")
  String clientId;

  @Inject
  @ConfigProperty(name = "oidc.client-secret")
  String clientSecret;

  public String getIssuer() {
    return issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }
}
