package org.referralnetwork.portal.hosting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.hosting.control.HostMatching.Candidate;
import org.referralnetwork.portal.hosting.control.HostMatching.HostMatch;
import org.referralnetwork.portal.hosting.entity.HostProfile.Offering;
import org.referralnetwork.portal.hosting.entity.HostProvision;
import org.referralnetwork.portal.hosting.entity.HostingRequest;
import org.referralnetwork.portal.referral.entity.ProtectionMeasure;
import org.referralnetwork.portal.referral.entity.RequestLanguage;

class HostMatchingTest {

  private static final HostingRequest ARABIC_SPEAKER_WITH_FAMILY =
      new HostingRequest(LocalDate.of(2027, 2, 1), 6, RequestLanguage.AR,
          EnumSet.of(HostProvision.REST_AND_RESPITE, HostProvision.FAMILY_SUPPORT), true, false, null);

  private static Candidate host(String name, int free, EnumSet<RequestLanguage> languages, EnumSet<HostProvision> provides,
      boolean genderSensitive) {
    return new Candidate(name.toLowerCase(), name, new Offering("City", provides, languages, genderSensitive, false, null),
        free);
  }

  @Test
  void aHostWithAPlaceTheLanguageAndEverythingNeededComesFirst() {
    List<HostMatch> ranked = HostMatching.rank(ARABIC_SPEAKER_WITH_FAMILY, List.of(
        host("Full", 0, EnumSet.of(RequestLanguage.AR), EnumSet.allOf(HostProvision.class), true),
        host("Partial", 3, EnumSet.of(RequestLanguage.AR), EnumSet.of(HostProvision.REST_AND_RESPITE), true),
        host("Right", 1, EnumSet.of(RequestLanguage.AR, RequestLanguage.EN), EnumSet.allOf(HostProvision.class), true),
        host("Other language", 5, EnumSet.of(RequestLanguage.ES), EnumSet.allOf(HostProvision.class), true)));
    assertEquals(List.of("Right", "Partial", "Other language", "Full"), ranked.stream().map(HostMatch::getName).toList());
    assertTrue(ranked.get(0).isFullMatch());
    assertEquals(EnumSet.of(HostProvision.FAMILY_SUPPORT), ranked.get(1).getMissingNeeds());
    assertFalse(ranked.get(2).isSpeaksLanguage());
    assertFalse(ranked.get(3).isFreePlace(), "a host without a free place in the period is last, and says so");
  }

  @Test
  void aGenderSensitiveArrangementAskedForIsNeeded() {
    HostMatch without = HostMatching.match(ARABIC_SPEAKER_WITH_FAMILY,
        host("No arrangement", 2, EnumSet.of(RequestLanguage.AR), EnumSet.allOf(HostProvision.class), false));
    assertTrue(without.isArrangementsMissing());
    assertFalse(without.isFullMatch());
  }

  @Test
  void nothingNeededMeansNothingMissing() {
    HostingRequest plain = new HostingRequest(LocalDate.of(2027, 2, 1), 3, RequestLanguage.EN,
        EnumSet.noneOf(HostProvision.class), false, false, null);
    assertTrue(HostMatching.match(plain, host("Any", 1, EnumSet.of(RequestLanguage.EN),
        EnumSet.noneOf(HostProvision.class), false)).isFullMatch());
  }

  @Test
  void theMeasuresAReferrerAskedForBecomeTheHostsNeeds() {
    assertEquals(EnumSet.of(HostProvision.REST_AND_RESPITE, HostProvision.CAPACITY_DEVELOPMENT),
        HostProvision.neededFor(List.of(ProtectionMeasure.REST_AND_RESPITE, ProtectionMeasure.PROFESSIONAL_DEVELOPMENT,
            ProtectionMeasure.LEGAL_AID)));
    assertEquals(EnumSet.noneOf(HostProvision.class), HostProvision.neededFor(List.of()));
  }
}
