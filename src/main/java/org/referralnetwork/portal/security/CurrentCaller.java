package org.referralnetwork.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.organisation.entity.OrganisationScope;

/**
 * The person behind the current request: their name, roles and their one organisation. A caller
 * who is a member of no organisation or of several gets no scope at all, so nothing is shown. A
 * partner system calling the API is a caller too: its checked bearer token ({@link BearerCaller})
 * stands in for the login session.
 */
@Named("caller")
@RequestScoped
public class CurrentCaller {

  @Inject private SecurityContext securityContext;
  @Inject private OpenIdContext openIdContext;
  @Inject private MembershipCheck membershipCheck;
  @Inject private BearerCaller bearer;

  private List<Membership> claimed;
  private List<Membership> memberships;
  private MembershipCheck.Standing standing;
  private Set<String> roles;
  private JsonObject claims;
  private boolean claimsRead;

  public boolean isLoggedIn() {
    return bearer.token().isPresent() || securityContext.getCallerPrincipal() != null;
  }

  public String getUsername() {
    if (bearer.token().isPresent()) {
      return bearer.token().get().username();
    }
    Principal principal = securityContext.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }

  /** Keycloak's id of the caller (the token's "sub"), which stays when a username changes. */
  public Optional<String> userId() {
    if (bearer.token().isPresent()) {
      return Optional.of(bearer.token().get().subject());
    }
    return isLoggedIn() ? Optional.ofNullable(openIdContext.getSubject()) : Optional.empty();
  }

  public String getDisplayName() {
    JsonObject claims = claims();
    return claims != null && claims.containsKey("name") ? claims.getString("name", getUsername()) : getUsername();
  }

  /**
   * Whether the caller holds the realm role: as their bearer token or their sign-in tokens name it
   * ({@link SignInRoles}; not {@code request.isUserInRole}, which Payara 6 sometimes answers wrongly under load).
   */
  public boolean hasRole(String role) {
    return roles().contains(role);
  }

  /**
   * True when the caller holds a role that needs a second factor (the secretariat's, an
   * organisation's admin) but has no one-time-password authenticator set up in Keycloak yet.
   */
  public boolean isSecondFactorMissing() {
    return Roles.NEED_SECOND_FACTOR.stream().anyMatch(this::hasRole) && !standing().oneTimePassword();
  }

  /** True when the caller, a member of exactly one organisation, holds the permission there ({@link AccessPolicy}). */
  public boolean may(Permission permission) {
    return membership()
        .map(m -> AccessPolicy.allows(m.kinds(), roles(), permission))
        .orElse(false);
  }

  /** As {@link #may(Permission)}, refused with {@link NotAllowedException} otherwise. */
  public void require(Permission permission) {
    if (!may(permission)) {
      throw new NotAllowedException(permission);
    }
  }

  /** For pages: {@code caller.can('REVIEW')}. */
  public boolean can(String permission) {
    return may(Permission.valueOf(permission));
  }

  private Set<String> roles() {
    if (roles == null) {
      Set<String> named = bearer.token().isPresent() ? bearer.token().get().roles()
          : isLoggedIn() ? SignInRoles.of(openIdContext) : Set.of();
      roles = Roles.ALL.stream().filter(named::contains).collect(Collectors.toUnmodifiableSet());
    }
    return roles;
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

  /** True when the login token names an organisation that the secretariat has suspended since. */
  public boolean isOrganisationSuspended() {
    return claimedMemberships().stream().anyMatch(m -> standing().suspended().contains(m.organisationId()));
  }

  /** True when the caller is a member of exactly this organisation. */
  public boolean belongsTo(String organisationId) {
    return membership().map(m -> m.organisationId().equals(organisationId)).orElse(false);
  }

  public boolean isSecretariat() {
    return membership().map(m -> m.is(OrganisationKind.SECRETARIAT)).orElse(false);
  }

  /** The scope of every query made for this caller; refused without exactly one organisation. */
  public OrganisationScope scope() {
    Membership membership =
        membership().orElseThrow(() -> new NotAMemberOfOneOrganisationException(getOrganisationCount()));
    return membership.is(OrganisationKind.SECRETARIAT)
        ? OrganisationScope.all()
        : OrganisationScope.of(membership.organisationId());
  }

  /**
   * The organisations of the login token that Keycloak still counts the caller a member of: someone
   * removed from an organisation loses it at their next request.
   */
  private List<Membership> memberships() {
    if (memberships == null) {
      memberships = claimedMemberships().stream()
          .filter(m -> standing().organisations().contains(m.organisationId()))
          .toList();
    }
    return memberships;
  }

  /** What Keycloak says of the caller now; asked only when the login token names an organisation. */
  private MembershipCheck.Standing standing() {
    if (standing == null) {
      standing = claimedMemberships().isEmpty()
          ? MembershipCheck.Standing.NONE
          : membershipCheck.of(userId().orElseThrow());
    }
    return standing;
  }

  /** The organisations the login token names, read once a request (asked by every check of the caller). */
  private List<Membership> claimedMemberships() {
    if (claimed == null) {
      if (bearer.token().isPresent()) {
        claimed = bearer.token().get().memberships();
      } else {
        JsonObject claims = claims();
        claimed = claims == null ? List.of() : MembershipClaim.parse(claims.get("organization"));
      }
    }
    return claimed;
  }

  /** The sign-in's claims, read once a request: Soteria parses them anew at every call. */
  private JsonObject claims() {
    if (!claimsRead) {
      claims = bearer.token().isEmpty() && isLoggedIn() ? openIdContext.getClaimsJson() : null;
      claimsRead = true;
    }
    return claims;
  }
}
