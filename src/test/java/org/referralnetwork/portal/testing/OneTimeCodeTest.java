package org.referralnetwork.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

  @Test
  void theCodesAreThoseOfRfc6238() {
    byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    // RFC 6238 appendix B, SHA-1, the last six of its eight digits
    assertEquals("287082", OneTimeCode.code(key, 59 / 30));
    assertEquals("081804", OneTimeCode.code(key, 1111111109L / 30));
    assertEquals("050471", OneTimeCode.code(key, 1111111111L / 30));
  }
}
