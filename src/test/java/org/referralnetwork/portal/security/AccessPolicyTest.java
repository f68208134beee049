package org.referralnetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;

class AccessPolicyTest {

  @Test
  void theReadmeShowsTheSameTableAsTheCode() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(readme.contains(AccessPolicy.asMarkdown()),
        "README.md's security section must contain exactly this table:\n" + AccessPolicy.asMarkdown());
  }

  @Test
  void nothingIsAllowedWithoutARole() {
    for (Permission permission : Permission.values()) {
      assertFalse(AccessPolicy.allows(EnumSet.allOf(OrganisationKind.class), Set.of(), permission), permission.name());
    }
  }

  @Test
  void aRoleCountsOnlyInTheKindOfOrganisationItIsGrantedIn() {
    // a "reviewer" role given by mistake to a partner's user opens nothing of the secretariat's
    assertFalse(AccessPolicy.allows(EnumSet.of(OrganisationKind.CONSORTIUM_PARTNER), Set.of(Roles.REVIEWER), Permission.REVIEW));
    assertTrue(AccessPolicy.allows(EnumSet.of(OrganisationKind.SECRETARIAT), Set.of(Roles.REVIEWER), Permission.REVIEW));
    // host work needs a host organisation, whatever the role
    assertFalse(AccessPolicy.allows(EnumSet.of(OrganisationKind.CONSORTIUM_PARTNER), Set.of(Roles.HOST_COORDINATOR),
        Permission.ANSWER_OFFERS));
    assertTrue(AccessPolicy.allows(EnumSet.of(OrganisationKind.SHELTER_COPARTNER), Set.of(Roles.HOST_COORDINATOR),
        Permission.ANSWER_OFFERS));
  }

  @Test
  void onlyTheSecretariatAdministersQuotasAndReadsTheWholeLog() {
    for (OrganisationKind kind : OrganisationKind.values()) {
      boolean secretariat = kind == OrganisationKind.SECRETARIAT;
      Set<String> everyRole = Set.copyOf(Roles.ALL);
      assertTrue(AccessPolicy.allows(EnumSet.of(kind), everyRole, Permission.ADMINISTER_QUOTAS) == secretariat, kind.name());
      assertTrue(AccessPolicy.allows(EnumSet.of(kind), everyRole, Permission.READ_AUDIT_LOG) == secretariat, kind.name());
    }
  }

  @Test
  void everyPageNeedsAPermission() {
    for (String page : PagePermissions.pages()) {
      assertFalse(PagePermissions.of(page).orElseThrow().isEmpty(), page);
    }
    assertTrue(PagePermissions.of("/some/new/page.xhtml").isEmpty(), "a page not listed is closed");
  }
}
