package org.referralnetwork.portal.protection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.ReferralStatus;

class RetentionRulesTest {

  private static RetentionRules with(Map<String, Integer> settings) {
    return RetentionRules.from(name -> Optional.ofNullable(settings.get(name)));
  }

  private static int months(RetentionRules rules, Programme programme, ReferralStatus status) {
    return rules.rules().stream().filter(r -> r.programme() == programme && r.status() == status)
        .findFirst().map(RetentionRules.Rule::months).orElse(0);
  }

  @Test
  void withoutSettingsEndedReferralsAreKeptTwoYearsAndUnsentDraftsSixMonths() {
    RetentionRules rules = with(Map.of());
    for (Programme programme : Programme.values()) {
      for (ReferralStatus ended : ReferralStatus.ENDED) {
        assertEquals(24, months(rules, programme, ended));
      }
      assertEquals(6, months(rules, programme, ReferralStatus.DRAFT));
    }
    assertTrue(rules.rules().stream().noneMatch(r -> r.status() == ReferralStatus.SUBMITTED), "an open referral is never due");
  }

  @Test
  void theMostSpecificSettingWins() {
    RetentionRules rules = with(Map.of(
        "portal.retention.ended-months", 36,
        "portal.retention.rejected-months", 12,
        "portal.retention.temporary-relocation.closed-months", 60,
        "portal.retention.draft-months", 3));
    assertEquals(60, months(rules, Programme.TEMPORARY_RELOCATION, ReferralStatus.CLOSED));
    assertEquals(36, months(rules, Programme.EMERGENCY_GRANT, ReferralStatus.CLOSED));
    assertEquals(12, months(rules, Programme.TEMPORARY_RELOCATION, ReferralStatus.REJECTED));
    assertEquals(36, months(rules, Programme.CANADA_STREAM, ReferralStatus.WITHDRAWN));
    assertEquals(3, months(rules, Programme.CANADA_STREAM, ReferralStatus.DRAFT));
  }

  @Test
  void zeroKeepsUntilErasedByHandAndANegativePeriodIsRefused() {
    RetentionRules rules = with(Map.of("portal.retention.canada-stream.closed-months", 0));
    assertTrue(rules.rules().stream()
        .noneMatch(r -> r.programme() == Programme.CANADA_STREAM && r.status() == ReferralStatus.CLOSED));
    assertThrows(IllegalArgumentException.class, () -> with(Map.of("portal.retention.ended-months", -1)));
  }

  @Test
  void aReferralIsDueWhenItsLastChangeIsOlderThanTheCalendarMonths() {
    RetentionRules.Rule rule = new RetentionRules.Rule(Programme.EMERGENCY_GRANT, ReferralStatus.CLOSED, 24);
    assertEquals(Instant.parse("2024-11-25T00:00:00Z"), rule.dueIfChangedBefore(Instant.parse("2026-11-25T00:00:00Z")));
    RetentionRules.Rule oneMonth = new RetentionRules.Rule(Programme.EMERGENCY_GRANT, ReferralStatus.CLOSED, 1);
    assertEquals(Instant.parse("2026-02-28T10:00:00Z"), oneMonth.dueIfChangedBefore(Instant.parse("2026-03-31T10:00:00Z")),
        "a calendar month back from the 31st ends on the month's last day");
  }
}
