package org.referralnetwork.portal.protection.control;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The master keys the portal knows, from a text of lines {@code id:base64-of-32-bytes}. The first
 * line is the current key, which wraps every new data key; the others only open data keys wrapped
 * before a rotation. Lines starting with {@code #} are comments.
 */
public final class MasterKeyRing {

  private static final String ID = "[A-Za-z0-9._-]{1,40}";

  public record MasterKey(String id, SecretKey key) {}

  private final List<MasterKey> keys;

  private MasterKeyRing(List<MasterKey> keys) {
    this.keys = List.copyOf(keys);
  }

  public static MasterKeyRing parse(String text) {
    List<MasterKey> keys = new ArrayList<>();
    for (String raw : text.split("[\\r\\n,]+")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String id = colon < 0 ? "" : line.substring(0, colon).strip();
      if (!id.matches(ID)) {
        throw new IllegalArgumentException("a master key line is 'id:base64', the id made of letters, digits, . _ -");
      }
      byte[] material;
      try {
        material = Base64.getDecoder().decode(line.substring(colon + 1).strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("master key " + id + " is not base64");
      }
      if (material.length != Envelope.KEY_BYTES) {
        throw new IllegalArgumentException("master key " + id + " must be " + Envelope.KEY_BYTES + " random bytes");
      }
      if (keys.stream().anyMatch(k -> k.id().equals(id))) {
        throw new IllegalArgumentException("master key " + id + " appears twice");
      }
      keys.add(new MasterKey(id, Envelope.key(material)));
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("no master key configured");
    }
    return new MasterKeyRing(keys);
  }

  /** A line for a new key file: a fresh random key under the given id. */
  public static String newLine(String id) {
    return id + ":" + Base64.getEncoder().encodeToString(Envelope.newKey().getEncoded());
  }

  public MasterKey current() {
    return keys.get(0);
  }

  public Optional<MasterKey> find(String id) {
    return keys.stream().filter(k -> k.id().equals(id)).findFirst();
  }

  public List<String> ids() {
    return keys.stream().map(MasterKey::id).toList();
  }
}
