package org.referralnetwork.portal.referral.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referralnetwork.portal.organisation.entity.OrganisationKind.CANADA_REFERRAL_PARTNER;
import static org.referralnetwork.portal.organisation.entity.OrganisationKind.CONSORTIUM_PARTNER;
import static org.referralnetwork.portal.organisation.entity.OrganisationKind.RELOCATION_HOST;
import static org.referralnetwork.portal.organisation.entity.OrganisationKind.SECRETARIAT;
import static org.referralnetwork.portal.organisation.entity.OrganisationKind.SHELTER_COPARTNER;
import static org.referralnetwork.portal.referral.entity.Programme.CANADA_STREAM;
import static org.referralnetwork.portal.referral.entity.Programme.EMERGENCY_GRANT;
import static org.referralnetwork.portal.referral.entity.Programme.ORGANISATIONAL_SUPPORT;
import static org.referralnetwork.portal.referral.entity.Programme.TEMPORARY_RELOCATION;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;

class ProgrammeEligibilityTest {

  @Test
  void consortiumPartnersReferToGrantsAndRelocation() {
    assertEquals(
        EnumSet.of(EMERGENCY_GRANT, ORGANISATIONAL_SUPPORT, TEMPORARY_RELOCATION),
        ProgrammeEligibility.programmesFor(EnumSet.of(CONSORTIUM_PARTNER)));
  }

  @Test
  void relocationHostsAndShelterCoPartnersReferToRelocationAndEmergencyGrants() {
    assertEquals(EnumSet.of(EMERGENCY_GRANT, TEMPORARY_RELOCATION), ProgrammeEligibility.programmesFor(EnumSet.of(RELOCATION_HOST)));
    assertEquals(EnumSet.of(EMERGENCY_GRANT, TEMPORARY_RELOCATION), ProgrammeEligibility.programmesFor(EnumSet.of(SHELTER_COPARTNER)));
  }

  @ParameterizedTest
  @EnumSource(value = OrganisationKind.class, names = "CANADA_REFERRAL_PARTNER", mode = EnumSource.Mode.EXCLUDE)
  void onlyCanadaReferralPartnersReferToTheCanadaStream(OrganisationKind kind) {
    assertFalse(ProgrammeEligibility.mayRefer(EnumSet.of(kind), CANADA_STREAM));
    assertTrue(ProgrammeEligibility.mayRefer(EnumSet.of(CANADA_REFERRAL_PARTNER), CANADA_STREAM));
  }

  @Test
  void relocationIsClosedToCanadaReferralPartnersThatAreNothingElse() {
    assertFalse(ProgrammeEligibility.mayRefer(EnumSet.of(CANADA_REFERRAL_PARTNER), TEMPORARY_RELOCATION));
    assertFalse(ProgrammeEligibility.mayRefer(EnumSet.of(CANADA_REFERRAL_PARTNER), ORGANISATIONAL_SUPPORT));
  }

  @Test
  void anOrganisationOfTwoKindsMayReferToWhatEitherMay() {
    assertEquals(
        EnumSet.allOf(org.referralnetwork.portal.referral.entity.Programme.class),
        ProgrammeEligibility.programmesFor(EnumSet.of(CONSORTIUM_PARTNER, CANADA_REFERRAL_PARTNER)));
  }

  @Test
  void theSecretariatAndAnOrganisationWithoutKindReferToNothing() {
    assertTrue(ProgrammeEligibility.programmesFor(EnumSet.of(SECRETARIAT)).isEmpty());
    assertTrue(ProgrammeEligibility.programmesFor(EnumSet.noneOf(OrganisationKind.class)).isEmpty());
  }
}
