package org.referralnetwork.portal.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.referralnetwork.portal.referral.entity.Defender;

/**
 * Turns a defender's name and country into the keyed hashes the portal stores instead of the
 * name: one for the one-request rule, and one per word of the name for searching a list. The key
 * ({@code portal.identity-key}, base64 of at least 32 random bytes; environment
 * PORTAL_IDENTITY_KEY) comes from configuration and never from the database, so a copy of the
 * database alone cannot be used to test guessed names.
 */
@ApplicationScoped
public class DefenderIdentities {

  /** Words of a name indexed at most; a longer name is still found by its first words. */
  private static final int MAX_INDEXED_WORDS = 40;

  @Inject
  @ConfigProperty(name = "portal.identity-key")
  String base64Key;

  /** Names the defender and stores the hashes that recognise and find them. */
  public void identify(Defender defender, String nameOrAlias, String countryCode) {
    defender.identify(nameOrAlias, countryCode, hashOf(nameOrAlias, countryCode), nameIndex(nameOrAlias));
  }

  public String hashOf(String nameOrAlias, String countryCode) {
    return IdentityKey.keyedHash(key(), nameOrAlias, countryCode);
  }

  /**
   * The name's words as keyed hashes between spaces (" 1f0a… 9c2e… "): a search for a word is a
   * LIKE on one hash. Spelling-tolerant like the one-request rule: "Muhammad" finds "Mohamed".
   */
  public String nameIndex(String nameOrAlias) {
    List<String> words = wordHashes(nameOrAlias);
    return words.isEmpty() ? null : " " + String.join(" ", words) + " ";
  }

  /** The hashes a search text must all match, in the form {@link #nameIndex} stores them. */
  public List<String> wordHashes(String text) {
    String skeleton = IdentityKey.skeleton(text == null ? "" : text);
    return Arrays.stream(skeleton.split(" ")).filter(w -> !w.isEmpty()).distinct().limit(MAX_INDEXED_WORDS)
        .map(this::wordHash).collect(Collectors.toList());
  }

  private String wordHash(String word) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      // a different message prefix than the identity hash, so the two never compare equal
      byte[] hash = mac.doFinal(("name-word|" + word).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private byte[] key() {
    return Base64.getDecoder().decode(base64Key.strip());
  }
}
