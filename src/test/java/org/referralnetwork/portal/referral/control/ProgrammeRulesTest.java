package org.referralnetwork.portal.referral.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.referralnetwork.portal.referral.control.ProgrammeRules.Proposal;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.ProtectionMeasure;

class ProgrammeRulesTest {

  private static List<String> broken(Programme programme, String amount, Integer months, Set<ProtectionMeasure> measures) {
    return ProgrammeRules.check(
            new Proposal(programme, amount == null ? null : new BigDecimal(amount), months, measures, null, 0))
        .stream()
        .map(ProgrammeRules.RuleViolation::key)
        .toList();
  }

  private static final Set<ProtectionMeasure> SECURITY = EnumSet.of(ProtectionMeasure.PHYSICAL_SECURITY);

  @ParameterizedTest(name = "emergency grant of {0} EUR: {1}")
  @CsvSource({"1, ok", "3000, ok", "10000, ok", "10000.01, rule.amount.emergencyMax", "25000, rule.amount.emergencyMax",
      "0, rule.amount.required", "-5, rule.amount.required"})
  void emergencyGrantsGoUpTo10000Eur(String amount, String expected) {
    assertEquals(expected.equals("ok") ? List.of() : List.of(expected), broken(Programme.EMERGENCY_GRANT, amount, null, SECURITY));
  }

  @ParameterizedTest(name = "organisational support of {0} EUR: {1}")
  @CsvSource({"15000, ok", "15000.01, rule.amount.organisationalMax", "39999.99, rule.amount.organisationalMax",
      "40000, ok", "45000, ok", "50000, ok", "50000.01, rule.amount.organisationalMax"})
  void organisationalSupportGoesUpTo15000OrIsAPartialFundingCandidateFrom40000To50000(String amount, String expected) {
    Set<ProtectionMeasure> capacity = EnumSet.of(ProtectionMeasure.CAPACITY_BUILDING);
    assertEquals(expected.equals("ok") ? List.of() : List.of(expected), broken(Programme.ORGANISATIONAL_SUPPORT, amount, null, capacity));
  }

  @Test
  void onlyOrganisationalSupportFrom40000To50000IsFlaggedForPartialFunding() {
    assertTrue(ProgrammeRules.isPartialFundingCandidate(Programme.ORGANISATIONAL_SUPPORT, new BigDecimal("40000")));
    assertTrue(ProgrammeRules.isPartialFundingCandidate(Programme.ORGANISATIONAL_SUPPORT, new BigDecimal("50000")));
    assertFalse(ProgrammeRules.isPartialFundingCandidate(Programme.ORGANISATIONAL_SUPPORT, new BigDecimal("15000")));
    assertFalse(ProgrammeRules.isPartialFundingCandidate(Programme.EMERGENCY_GRANT, new BigDecimal("45000")));
  }

  @ParameterizedTest(name = "relocation of {0} months: {1}")
  @CsvSource({"1, ok", "12, ok", "13, rule.relocation.months", "0, rule.relocation.months"})
  void relocationLastsUpTo12Months(int months, String expected) {
    assertEquals(expected.equals("ok") ? List.of() : List.of(expected), broken(Programme.TEMPORARY_RELOCATION, null, months, SECURITY));
  }

  @Test
  void relocationNeedsItsLength() {
    assertEquals(List.of("rule.relocation.months"), broken(Programme.TEMPORARY_RELOCATION, null, null, SECURITY));
  }

  @ParameterizedTest
  @EnumSource(value = Programme.class, names = {"TEMPORARY_RELOCATION", "CANADA_STREAM"})
  void relocationAndResettlementAskForNoAmount(Programme programme) {
    assertEquals(List.of("rule.amount.none"), broken(programme, "500", programme == Programme.TEMPORARY_RELOCATION ? 6 : null, SECURITY));
  }

  @ParameterizedTest
  @EnumSource(value = ProtectionMeasure.class, names = {"UNIVERSITY_EDUCATION", "OFFICE_SUPPLIES", "RENT"})
  void anEmergencyGrantCannotCoverMeasuresUnrelatedToSecurity(ProtectionMeasure measure) {
    List<ProgrammeRules.RuleViolation> violations =
        ProgrammeRules.check(new Proposal(Programme.EMERGENCY_GRANT, new BigDecimal("2000"), null,
            EnumSet.of(ProtectionMeasure.LEGAL_AID, measure), null, 0));
    assertEquals(1, violations.size());
    assertEquals("rule.measures.notCovered", violations.get(0).key());
    assertEquals(measure, violations.get(0).arguments()[0]);
  }

  @Test
  void aReferralProposesAtLeastOneMeasureOrDescribesOne() {
    assertEquals(List.of("rule.measures.required"), broken(Programme.EMERGENCY_GRANT, "1000", null, Set.of()));
    assertTrue(ProgrammeRules.check(new Proposal(Programme.EMERGENCY_GRANT, new BigDecimal("1000"), null, Set.of(),
        "a safe phone and a lock", 0)).isEmpty());
  }

  @Test
  void familyMembersCannotBeNegative() {
    assertEquals(List.of("rule.family.negative"),
        ProgrammeRules.check(new Proposal(Programme.CANADA_STREAM, null, null, SECURITY, null, -1)).stream()
            .map(ProgrammeRules.RuleViolation::key).toList());
  }
}
