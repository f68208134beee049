package org.referralnetwork.portal.complaint.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.complaint.entity.ComplaintKind;

class ComplaintCodesTest {

  private final ComplaintCodes codes = new ComplaintCodes();

  @Test
  void referencesAndCodesHaveTheirFormAndOnlyUnambiguousSymbols() {
    for (int i = 0; i < 200; i++) {
      assertTrue(codes.newReference(ComplaintKind.COMPLAINT).matches("C-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"));
      assertTrue(codes.newReference(ComplaintKind.FEEDBACK).matches("F-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"));
      assertTrue(codes.newCode().matches("[2-9A-HJKMNP-Z]{5}(-[2-9A-HJKMNP-Z]{5}){3}"));
    }
    assertFalse(ComplaintCodes.ALPHABET.matches(".*[01OIL].*"), "no look-alikes");
  }

  @Test
  void aCodeCarriesAtLeast80BitsAndAReferenceIsNotGuessable() {
    double bitsPerSymbol = Math.log(ComplaintCodes.ALPHABET.length()) / Math.log(2);
    assertTrue(ComplaintCodes.CODE_SYMBOLS * bitsPerSymbol >= 80, "bits: " + ComplaintCodes.CODE_SYMBOLS * bitsPerSymbol);
    assertTrue(ComplaintCodes.REFERENCE_SYMBOLS * bitsPerSymbol >= 39);
  }

  @Test
  void tenThousandDrawsRepeatNothingAndUseEverySymbolAboutEvenly() {
    Set<String> references = new HashSet<>();
    Set<String> secrets = new HashSet<>();
    Map<Character, Integer> counts = new HashMap<>();
    for (int i = 0; i < 10_000; i++) {
      references.add(codes.newReference(ComplaintKind.COMPLAINT));
      String code = codes.newCode();
      secrets.add(code);
      code.replace("-", "").chars().forEach(c -> counts.merge((char) c, 1, Integer::sum));
    }
    assertEquals(10_000, secrets.size());
    assertTrue(references.size() >= 9_990, "references are spread over 2^40: " + references.size());
    assertEquals(ComplaintCodes.ALPHABET.length(), counts.size(), "every symbol drawn");
    double expected = 200_000.0 / ComplaintCodes.ALPHABET.length();
    counts.forEach((symbol, count) -> assertTrue(Math.abs(count - expected) < expected * 0.1, symbol + ": " + count));
  }

  @Test
  void onlyTheHashIsKeptAndTheTypedCodeMatchesWhateverItsCaseAndDashes() {
    String code = codes.newCode();
    String hash = ComplaintCodes.hashOf(code);
    assertTrue(hash.matches("[0-9a-f]{64}"));
    assertFalse(hash.contains(code.replace("-", "")));
    assertTrue(ComplaintCodes.matches(code, hash));
    assertTrue(ComplaintCodes.matches(" " + code.toLowerCase().replace("-", " ") + " ", hash));
    String other = codes.newCode();
    assertFalse(ComplaintCodes.matches(other, hash));
    assertFalse(ComplaintCodes.matches(code, null), "no complaint: no match");
    assertFalse(ComplaintCodes.matches(null, hash));
    assertNotEquals(ComplaintCodes.hashOf(code), ComplaintCodes.hashOf(other));
  }

  @Test
  void theComparisonTakesConstantTime() throws Exception {
    String source = Files.readString(Path.of("src/main/java/org/referralnetwork/portal/complaint/control/ComplaintCodes.java"));
    assertTrue(source.contains("MessageDigest.isEqual("), "codes are compared with MessageDigest.isEqual (constant time)");
    assertFalse(source.matches("(?s).*\\.equals\\(keptHash\\).*"), "never String.equals on the hash");
  }

  @Test
  void aTypedReferenceIsReadInItsOneWrittenForm() {
    assertEquals(Optional.of("C-7KQ2-M9XD"), ComplaintCodes.normaliseReference(" c-7kq2 m9xd "));
    assertEquals(Optional.of("C-7KQ2-M9XD"), ComplaintCodes.normaliseReference("C7KQ2M9XD"));
    assertEquals(Optional.empty(), ComplaintCodes.normaliseReference("R-000123"));
    assertEquals(Optional.empty(), ComplaintCodes.normaliseReference(null));
    assertEquals(Optional.empty(), ComplaintCodes.normaliseReference("C-7KQ2-M9XD-EXTRA"));
  }
}
