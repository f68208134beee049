package org.referralnetwork.portal.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.organisation.control.KeycloakOrganisations;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;

/** What the secretariat types to register an organisation is checked on the server, field by field. */
class NewOrganisationTest {

  private static final Set<OrganisationKind> PARTNER = Set.of(OrganisationKind.CONSORTIUM_PARTNER);

  @Test
  void aValidRegistrationIsTrimmedAndTakesItsAliasFromTheDomain() {
    KeycloakOrganisations.Registration registration =
        new NewOrganisation("  شبكة المدافعين ", PARTNER, " Defenders.Example.ORG ", "JO", "office@defenders.example.org").checked();
    assertEquals("شبكة المدافعين", registration.name());
    assertEquals("defenders.example.org", registration.domain());
    assertEquals("defenders-example-org", registration.alias());
  }

  @Test
  void eachWrongFieldIsNamed() {
    assertRefused("organisations.invalid.name", new NewOrganisation(" ", PARTNER, "a.example.org", "FR", "a@a.example.org"));
    assertRefused("organisations.invalid.kinds", new NewOrganisation("Alpha", Set.of(), "a.example.org", "FR", "a@a.example.org"));
    assertRefused("organisations.invalid.kinds",
        new NewOrganisation("Alpha", Set.of(OrganisationKind.SECRETARIAT), "a.example.org", "FR", "a@a.example.org"));
    assertRefused("organisations.invalid.domain", new NewOrganisation("Alpha", PARTNER, "not a domain", "FR", "a@a.example.org"));
    assertRefused("organisations.invalid.country", new NewOrganisation("Alpha", PARTNER, "a.example.org", "XX", "a@a.example.org"));
    assertRefused("organisations.invalid.contact", new NewOrganisation("Alpha", PARTNER, "a.example.org", "FR", "nobody"));
  }

  private static void assertRefused(String key, NewOrganisation form) {
    assertEquals(key, assertThrows(OnboardingRefusedException.class, form::checked).messageKey());
  }
}
