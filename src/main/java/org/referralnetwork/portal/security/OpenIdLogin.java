package org.referralnetwork.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Every page behind the login goes through Keycloak (authorization code flow, confidential
 * client). Realm roles arrive as the flat {@code groups} claim; the organisation as the
 * {@code organization} claim, read by {@link CurrentCaller}.
 */
@ApplicationScoped
@DeclareRoles({Roles.REFERRER, Roles.ORG_ADMIN, Roles.HOST_COORDINATOR, Roles.REVIEWER, Roles.SECRETARIAT_ADMIN})
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcSettings.issuer}",
    clientId = "${oidcSettings.clientId}",
    clientSecret = "${oidcSettings.clientSecret}",
    redirectURI = "${baseURL}/callback",
    // Soteria's "redirect to original resource" replays a GET without parameters as a request
    // whose parameter map is null (Faces then fails); LoginCallback lands on the home page instead.
    redirectToOriginalResource = false,
    // "organization:*" asks for every membership: with plain "organization" Keycloak lets a
    // member of several organisations pick one, and the portal could not refuse them.
    scope = {"openid", "profile", "email", "organization:*"},
    claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "groups"))
public class OpenIdLogin {}
