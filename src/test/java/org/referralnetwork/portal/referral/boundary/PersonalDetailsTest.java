package org.referralnetwork.portal.referral.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonalDetailsTest {

  @Test
  void aNameBecomesItsInitials() {
    assertEquals("L. H.", PersonalDetails.initials("Lina Haddad"));
    assertEquals("N. T. L.", PersonalDetails.initials("  Nguyen   Thi Lan "));
    assertEquals("ل. ح.", PersonalDetails.initials("لينا حداد"));
    assertEquals("C. M.", PersonalDetails.initials("Carlos Méndez (partner-a)"), "only words that start with a letter");
    assertEquals("", PersonalDetails.initials(null));
  }
}
