package org.referralnetwork.portal.protection.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

  private static final byte[] NARRATIVE = "Лина: threatened after the trial".getBytes(StandardCharsets.UTF_8);

  @Test
  void aSealedValueOpensWithItsKeyAndShowsNothingOfThePlainText() {
    SecretKey key = Envelope.newKey();
    byte[] sealed = Envelope.seal(key, 42, NARRATIVE);
    assertEquals(42, Envelope.keyIdOf(sealed));
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("threatened"));
    assertArrayEquals(NARRATIVE, Envelope.open(key, sealed));
  }

  @Test
  void theSameTextSealedTwiceGivesDifferentBytes() {
    SecretKey key = Envelope.newKey();
    assertNotEquals(new String(Envelope.seal(key, 1, NARRATIVE), StandardCharsets.ISO_8859_1),
        new String(Envelope.seal(key, 1, NARRATIVE), StandardCharsets.ISO_8859_1));
  }

  @Test
  void anotherKeyAChangedByteOrAnotherKeyIdInTheHeaderDoNotOpen() {
    SecretKey key = Envelope.newKey();
    byte[] sealed = Envelope.seal(key, 7, NARRATIVE);
    assertThrows(SealBrokenException.class, () -> Envelope.open(Envelope.newKey(), sealed));
    byte[] changed = sealed.clone();
    changed[changed.length - 20] ^= 1;
    assertThrows(SealBrokenException.class, () -> Envelope.open(key, changed));
    byte[] moved = sealed.clone();
    moved[8] ^= 1; // the last byte of the key id: the value claims another data key
    assertThrows(SealBrokenException.class, () -> Envelope.open(key, moved));
  }

  @Test
  void aWrappedDataKeyOpensOnlyWithItsMasterKeyUnderItsOwnIdAndMasterId() {
    SecretKey master = Envelope.newKey();
    SecretKey data = Envelope.newKey();
    byte[] wrapped = Envelope.wrap(master, "m1", 5, data);
    assertArrayEquals(data.getEncoded(), Envelope.unwrap(master, "m1", 5, wrapped).getEncoded());
    assertThrows(SealBrokenException.class, () -> Envelope.unwrap(master, "m1", 6, wrapped));
    assertThrows(SealBrokenException.class, () -> Envelope.unwrap(master, "m2", 5, wrapped));
    assertThrows(SealBrokenException.class, () -> Envelope.unwrap(Envelope.newKey(), "m1", 5, wrapped));
  }

  @Test
  void newKeyIdsArePositive() {
    for (int i = 0; i < 1000; i++) {
      assertTrue(Envelope.newKeyId() > 0);
    }
  }

  @Test
  void aMasterKeyRingTakesItsFirstLineAsTheCurrentKey() {
    MasterKeyRing ring = MasterKeyRing.parse("# rotated 2026-11\n" + MasterKeyRing.newLine("2026-11") + "\n"
        + MasterKeyRing.newLine("2026-05") + "\n");
    assertEquals("2026-11", ring.current().id());
    assertEquals(java.util.List.of("2026-11", "2026-05"), ring.ids());
    assertTrue(ring.find("2026-05").isPresent());
  }

  @Test
  void aMasterKeyRingRefusesShortKeysBadIdsRepeatsAndNothing() {
    assertThrows(IllegalArgumentException.class, () -> MasterKeyRing.parse("k:c2hvcnQ="));
    assertThrows(IllegalArgumentException.class, () -> MasterKeyRing.parse("bad id:" + "A".repeat(44)));
    String line = MasterKeyRing.newLine("k");
    assertThrows(IllegalArgumentException.class, () -> MasterKeyRing.parse(line + "\n" + line));
    assertThrows(IllegalArgumentException.class, () -> MasterKeyRing.parse("# nothing\n"));
  }
}
