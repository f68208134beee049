package org.referralnetwork.portal.organisation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.security.Roles;

/** Which roles a member of an organisation may hold, by its kinds, and what a new member sets up first. */
public final class MemberRoles {

  private MemberRoles() {}

  /** Partners: referrer and org-admin, host-coordinator for hosts; the secretariat: its two roles. */
  public static List<String> allowedFor(Set<OrganisationKind> kinds) {
    if (kinds.contains(OrganisationKind.SECRETARIAT)) {
      return List.of(Roles.REVIEWER, Roles.SECRETARIAT_ADMIN);
    }
    List<String> roles = new ArrayList<>(List.of(Roles.REFERRER, Roles.ORG_ADMIN));
    if (kinds.contains(OrganisationKind.RELOCATION_HOST) || kinds.contains(OrganisationKind.SHELTER_COPARTNER)) {
      roles.add(Roles.HOST_COORDINATOR);
    }
    return roles;
  }

  public static boolean isAllowed(String role, Set<OrganisationKind> kinds) {
    return role != null && allowedFor(kinds).contains(role);
  }

  /** Keycloak's required actions of a new member: a password, and a one-time-password app for the roles that need one. */
  public static List<String> firstSteps(Set<String> roles) {
    return roles.stream().anyMatch(Roles.NEED_SECOND_FACTOR::contains)
        ? List.of("UPDATE_PASSWORD", "CONFIGURE_TOTP")
        : List.of("UPDATE_PASSWORD");
  }
}
