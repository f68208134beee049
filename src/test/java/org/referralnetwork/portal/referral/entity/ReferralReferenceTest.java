package org.referralnetwork.portal.referral.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The reference people quote: at least six digits, never cut. */
class ReferralReferenceTest {

  @Test
  void shortNumbersArePaddedToSixDigitsAndLongOnesKeptWhole() {
    assertEquals("R-000001", Referral.reference(1));
    assertEquals("R-000123", Referral.reference(123));
    assertEquals("R-999999", Referral.reference(999_999));
    assertEquals("R-1234567", Referral.reference(1_234_567));
  }
}
