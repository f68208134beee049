package org.referralnetwork.portal.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one-time codes of the demo users' authenticator (RFC 6238: HMAC-SHA1, 6 digits, 30
 * seconds), as an authenticator app shows them. The secret is in the demo realm, local demo only.
 */
public final class OneTimeCode {

  /** The demo authenticator's secret, as Keycloak stores it (base32 for an app: see README). */
  public static final String DEMO_SECRET = "DemoTotpSecretLocalRunsOnly2026";

  private OneTimeCode() {}

  public static String now() {
    return code(DEMO_SECRET.getBytes(StandardCharsets.UTF_8), System.currentTimeMillis() / 1000 / 30);
  }

  static String code(byte[] key, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
          | (hash[offset + 3] & 0xff);
      return String.format("%06d", binary % 1_000_000);
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
