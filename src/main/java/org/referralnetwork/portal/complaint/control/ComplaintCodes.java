package org.referralnetwork.portal.complaint.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.referralnetwork.portal.complaint.entity.ComplaintKind;

/**
 * References and secret codes, drawn at random from an alphabet without look-alikes (no 0/O, 1/I/L).
 * A reference ({@code C-XXXX-XXXX}, 8 symbols, about 40 bits) names a complaint, is neither
 * sequential nor guessable, and is no secret. A code (4 groups of 5 symbols, about 99 bits) proves
 * the complainant: it is shown once, only its SHA-256 is kept, and it is compared in constant time.
 */
public final class ComplaintCodes {

  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  static final int REFERENCE_SYMBOLS = 8;
  static final int CODE_SYMBOLS = 20;
  /** Compared when a reference is unknown, so that a wrong reference costs as long as a wrong code. */
  private static final String NO_HASH = "0".repeat(64);

  private final SecureRandom random;

  public ComplaintCodes(SecureRandom random) {
    this.random = random;
  }

  public ComplaintCodes() {
    this(new SecureRandom());
  }

  /** A new reference, e.g. C-7KQ2-M9XD. */
  public String newReference(ComplaintKind kind) {
    String symbols = draw(REFERENCE_SYMBOLS);
    return kind.prefix() + "-" + symbols.substring(0, 4) + "-" + symbols.substring(4);
  }

  /** A new secret code, e.g. 7KQ2M-9XDAB-HJ3RT-WZ4NP. */
  public String newCode() {
    String symbols = draw(CODE_SYMBOLS);
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < CODE_SYMBOLS; i += 5) {
      code.append(i == 0 ? "" : "-").append(symbols, i, i + 5);
    }
    return code.toString();
  }

  private String draw(int count) {
    StringBuilder symbols = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      symbols.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return symbols.toString();
  }

  /** A reference as typed (any case, spaces, dashes) in its one written form; empty if it cannot be one. */
  public static Optional<String> normaliseReference(String typed) {
    String symbols = canonical(typed);
    if (symbols.length() != REFERENCE_SYMBOLS + 1 || (symbols.charAt(0) != 'C' && symbols.charAt(0) != 'F')) {
      return Optional.empty();
    }
    return Optional.of(symbols.charAt(0) + "-" + symbols.substring(1, 5) + "-" + symbols.substring(5));
  }

  /** The SHA-256 (hex) of a code as typed: case, spaces and dashes do not count. */
  public static String hashOf(String code) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(code).getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /**
   * True when the typed code is the one whose hash is kept; in constant time, and as long when there
   * is no kept hash (unknown reference), so the answer's timing tells nothing.
   */
  public static boolean matches(String typedCode, String keptHash) {
    byte[] typed = hashOf(typedCode == null ? "" : typedCode).getBytes(StandardCharsets.US_ASCII);
    byte[] kept = (keptHash == null ? NO_HASH : keptHash).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(typed, kept) && keptHash != null;
  }

  private static String canonical(String typed) {
    return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }
}
