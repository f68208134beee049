package org.referralnetwork.portal.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.security.Roles;

/** The roles a member may be given follow the organisation's kinds; admins must set up a second factor. */
class MemberRolesTest {

  @Test
  void hostCoordinatorsOnlyInHostingOrganisations() {
    assertFalse(MemberRoles.isAllowed(Roles.HOST_COORDINATOR, Set.of(OrganisationKind.CONSORTIUM_PARTNER)));
    assertTrue(MemberRoles.isAllowed(Roles.HOST_COORDINATOR, Set.of(OrganisationKind.SHELTER_COPARTNER)));
    assertTrue(MemberRoles.isAllowed(Roles.HOST_COORDINATOR,
        Set.of(OrganisationKind.CONSORTIUM_PARTNER, OrganisationKind.RELOCATION_HOST)));
  }

  @Test
  void secretariatRolesOnlyInTheSecretariat() {
    assertFalse(MemberRoles.isAllowed(Roles.REVIEWER, Set.of(OrganisationKind.CANADA_REFERRAL_PARTNER)));
    assertFalse(MemberRoles.isAllowed(Roles.REFERRER, Set.of(OrganisationKind.SECRETARIAT)));
    assertTrue(MemberRoles.isAllowed(Roles.SECRETARIAT_ADMIN, Set.of(OrganisationKind.SECRETARIAT)));
    assertFalse(MemberRoles.isAllowed(null, Set.of(OrganisationKind.SECRETARIAT)));
  }

  @Test
  void anAdminSetsUpAOneTimePasswordAppAsWellAsAPassword() {
    assertEquals(List.of("UPDATE_PASSWORD", "CONFIGURE_TOTP"), MemberRoles.firstSteps(Set.of(Roles.ORG_ADMIN)));
    assertEquals(List.of("UPDATE_PASSWORD"), MemberRoles.firstSteps(Set.of(Roles.REFERRER)));
  }
}
