package org.referralnetwork.portal.api.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The partner API, version 1: partner organisations' case systems with a Keycloak service account
 * (client credentials) create, submit and follow their referrals. Its description is at {@code /openapi}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info = @Info(title = "Referral Network partner API", version = "1",
        description = "Referrals, their status, history and messages, and the slots left, for partner organisations' case systems."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
    description = "An access token of the organisation's API client from Keycloak (client credentials grant).")
public class PartnerApi extends Application {

  /** Listed, not scanned: the API is exactly these resources and the one problem mapper. */
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(ReferralsResource.class, SlotsResource.class, ProblemMapper.class);
  }
}
