package org.referralnetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;

class MembershipClaimTest {

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  @Test
  void readsIdAliasNameAndKindsOfOneOrganisation() {
    List<Membership> memberships =
        MembershipClaim.parse(
            json("{\"partner-a\": {\"id\": \"3f1c\", \"name\": [\"Alpha Defenders Network\"], \"kind\": [\"CONSORTIUM_PARTNER\"]}}"));

    assertEquals(
        List.of(new Membership("3f1c", "partner-a", "Alpha Defenders Network", EnumSet.of(OrganisationKind.CONSORTIUM_PARTNER))),
        memberships);
  }

  @Test
  void anOrganisationOfSeveralKindsKeepsThemAll() {
    Membership membership =
        MembershipClaim.parse(json("{\"p\": {\"id\": \"1\", \"kind\": [\"CONSORTIUM_PARTNER\", \"canada_referral_partner\"]}}")).get(0);

    assertEquals(EnumSet.of(OrganisationKind.CONSORTIUM_PARTNER, OrganisationKind.CANADA_REFERRAL_PARTNER), membership.kinds());
  }

  @Test
  void aKindThePortalDoesNotKnowGrantsNothing() {
    Membership membership = MembershipClaim.parse(json("{\"p\": {\"id\": \"1\", \"kind\": [\"SUPERUSER\"]}}")).get(0);

    assertTrue(membership.kinds().isEmpty());
  }

  @Test
  void withoutANameTheAliasIsShown() {
    assertEquals("partner-b", MembershipClaim.parse(json("{\"partner-b\": {\"id\": \"2\"}}")).get(0).name());
  }

  @Test
  void everyMembershipIsReadSoThatSeveralCanBeRefused() {
    assertEquals(2, MembershipClaim.parse(json("{\"a\": {\"id\": \"1\"}, \"b\": {\"id\": \"2\"}}")).size());
  }

  @Test
  void noClaimMeansNoMembership() {
    assertTrue(MembershipClaim.parse(null).isEmpty());
    assertTrue(MembershipClaim.parse(json("{}")).isEmpty());
  }

  @Test
  void aMembershipWithoutIdCannotBeKeyedAndIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> MembershipClaim.parse(json("{\"partner-a\": {\"kind\": [\"SECRETARIAT\"]}}")));
    assertThrows(IllegalArgumentException.class, () -> MembershipClaim.parse(json("{\"partner-a\": \"x\"}")));
  }
}
