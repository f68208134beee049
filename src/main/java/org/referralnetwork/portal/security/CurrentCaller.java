package org.referralnetwork.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.organisation.entity.OrganisationScope;

/**
 * The person behind the current request: their name, roles and their one organisation. A caller
 * who is a member of no organisation or of several gets no scope at all, so nothing is shown.
 */
@Named("caller")
@RequestScoped
public class CurrentCaller {

  @Inject private SecurityContext securityContext;
  @Inject private OpenIdContext openIdContext;
  @Inject private HttpServletRequest request;

  private List<Membership> memberships;

  public boolean isLoggedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  public String getUsername() {
    Principal principal = securityContext.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }

  public String getDisplayName() {
    JsonObject claims = claims();
    return claims != null && claims.containsKey("name") ? claims.getString("name", getUsername()) : getUsername();
  }

  /**
   * The web container's view of the caller's realm roles (the token's "groups"). Asked of the
   * request, not of SecurityContext, which inside an EJB would need a server-wide role mapping.
   */
  public boolean hasRole(String role) {
    return request.isUserInRole(role);
  }

  /** The caller's organisation when they belong to exactly one, as the portal requires. */
  public Optional<Membership> membership() {
    List<Membership> all = memberships();
    return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
  }

  public int getOrganisationCount() {
    return memberships().size();
  }

  public String getOrganisationName() {
    return membership().map(Membership::name).orElse("");
  }

  /** True when the caller is a member of exactly this organisation. */
  public boolean belongsTo(String organisationId) {
    return membership().map(m -> m.organisationId().equals(organisationId)).orElse(false);
  }

  public boolean isSecretariat() {
    return membership().map(m -> m.is(OrganisationKind.SECRETARIAT)).orElse(false);
  }

  /** A member of a host organisation (relocation host or shelter co-partner), which receives relocation offers. */
  public boolean isHost() {
    return membership()
        .map(m -> m.is(OrganisationKind.RELOCATION_HOST) || m.is(OrganisationKind.SHELTER_COPARTNER))
        .orElse(false);
  }

  /** A host coordinator of a host organisation: answers offers and runs relocations. */
  public boolean isHostCoordinator() {
    return isHost() && hasRole(Roles.HOST_COORDINATOR);
  }

  /** The scope of every query made for this caller; refused without exactly one organisation. */
  public OrganisationScope scope() {
    Membership membership =
        membership().orElseThrow(() -> new NotAMemberOfOneOrganisationException(getOrganisationCount()));
    return membership.is(OrganisationKind.SECRETARIAT)
        ? OrganisationScope.all()
        : OrganisationScope.of(membership.organisationId());
  }

  private List<Membership> memberships() {
    if (memberships == null) {
      JsonObject claims = claims();
      memberships = claims == null ? List.of() : MembershipClaim.parse(claims.get("organization"));
    }
    return memberships;
  }

  private JsonObject claims() {
    return isLoggedIn() ? openIdContext.getClaimsJson() : null;
  }
}
