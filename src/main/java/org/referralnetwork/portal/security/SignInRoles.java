package org.referralnetwork.portal.security;

import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.HashSet;
import java.util.Set;

/**
 * The realm roles a signed-in person's own tokens name (the {@code groups} claim of the access and
 * identity tokens, both checked by Soteria at the sign-in). The portal reads roles here rather
 * than from {@code request.isUserInRole}: Payara 6 answers that from a security context shared
 * between threads, and under concurrent load it now and then sees no roles at all for a correctly
 * signed-in person (payara/Payara#6145, fixed by payara/Payara#7928 only after Payara 6).
 */
final class SignInRoles {

  /** The claim with the caller's realm roles, as {@link OpenIdLogin} declares it. */
  static final String GROUPS_CLAIM = "groups";

  private SignInRoles() {}

  /** The roles of the session's tokens; none when the session holds no tokens. */
  static Set<String> of(OpenIdContext context) {
    Set<String> roles = new HashSet<>();
    if (context.getAccessToken() != null) {
      roles.addAll(context.getAccessToken().getJwtClaims().getArrayStringClaim(GROUPS_CLAIM));
    }
    if (context.getIdentityToken() != null) {
      roles.addAll(context.getIdentityToken().getJwtClaims().getArrayStringClaim(GROUPS_CLAIM));
    }
    return roles;
  }
}
