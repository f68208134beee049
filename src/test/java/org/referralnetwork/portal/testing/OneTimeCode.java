package org.referralnetwork.portal.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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

  private static final Map<String, Set<Long>> USED = new HashMap<>();

  /**
   * A code for this user's next sign-in. Keycloak takes each code once, and also the codes of the
   * step before and after (its look-around window): a user who signs in again within the same 30
   * seconds gets one of those, and when all three are used, the next step's after a wait.
   */
  public static synchronized String forSignIn(String username) {
    Set<Long> used = USED.computeIfAbsent(username, u -> new HashSet<>());
    while (true) {
      long step = System.currentTimeMillis() / 1000 / 30;
      for (long candidate : new long[] {step, step + 1, step - 1}) {
        if (used.add(candidate)) {
          return code(DEMO_SECRET.getBytes(StandardCharsets.UTF_8), candidate);
        }
      }
      try {
        Thread.sleep((step + 1) * 30_000 - System.currentTimeMillis() + 500);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(interrupted);
      }
    }
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
