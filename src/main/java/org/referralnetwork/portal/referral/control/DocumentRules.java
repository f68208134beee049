package org.referralnetwork.portal.referral.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which files a referral accepts: common document and picture formats up to 10 MB, recognised by
 * their first bytes as well as their name, so that a renamed program is not stored as a "PDF".
 */
public final class DocumentRules {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final Map<String, String> TYPES =
      Map.of(
          "pdf", "application/pdf",
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "odt", "application/vnd.oasis.opendocument.text",
          "txt", "text/plain");

  private DocumentRules() {}

  /** The content type to store and serve, or empty when the file is refused. */
  public static Optional<String> accept(String fileName, byte[] content) {
    if (fileName == null || content == null || content.length == 0 || content.length > MAX_BYTES) {
      return Optional.empty();
    }
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.get(extension);
    if (type == null || !looksLike(extension, content)) {
      return Optional.empty();
    }
    return Optional.of(type);
  }

  /** A file name safe to show and to send back in a header: no path, no control characters. */
  public static String cleanName(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static boolean looksLike(String extension, byte[] c) {
    return switch (extension) {
      case "pdf" -> starts(c, 0x25, 0x50, 0x44, 0x46);
      case "png" -> starts(c, 0x89, 0x50, 0x4E, 0x47);
      case "jpg", "jpeg" -> starts(c, 0xFF, 0xD8, 0xFF);
      case "docx", "odt" -> starts(c, 0x50, 0x4B, 0x03, 0x04);
      case "txt" -> !containsNul(c);
      default -> false;
    };
  }

  private static boolean starts(byte[] content, int... magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsNul(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}
