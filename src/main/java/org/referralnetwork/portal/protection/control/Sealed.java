package org.referralnetwork.portal.protection.control;

import jakarta.enterprise.inject.spi.CDI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * A piece of personal data as an entity holds it: either what was just written (sealed with its
 * data key when the entity is stored, by {@link SealedConverter}) or what was read (opened with its
 * data key only when asked for). Immutable: an entity changes such a field by setting a new one.
 * A value whose data key was destroyed reads as empty.
 */
public final class Sealed {

  /** See {@link #dataKeys()}. */
  private static volatile DataKeys dataKeys;

  private final long keyId;
  private final byte[] sealed;
  private byte[] plain;
  private boolean erased;

  private Sealed(long keyId, byte[] sealed, byte[] plain) {
    this.keyId = keyId;
    this.sealed = sealed;
    this.plain = plain;
  }

  /** A new text under the data key, or null for no text. */
  public static Sealed text(long keyId, String text) {
    return text == null ? null : new Sealed(keyId, null, text.getBytes(StandardCharsets.UTF_8));
  }

  public static Sealed bytes(long keyId, byte[] content) {
    return content == null ? null : new Sealed(keyId, null, content.clone());
  }

  /** What the database holds; opened later. */
  static Sealed stored(byte[] sealed) {
    return new Sealed(Envelope.keyIdOf(sealed), sealed, null);
  }

  /** The text of a field that may be null; null too when its data key was destroyed. */
  public static String textOf(Sealed value) {
    byte[] plain = value == null ? null : value.open();
    return plain == null ? null : new String(plain, StandardCharsets.UTF_8);
  }

  public static byte[] bytesOf(Sealed value) {
    byte[] plain = value == null ? null : value.open();
    return plain == null ? null : plain.clone();
  }

  /** True when the value existed but its data key was destroyed. */
  public static boolean isErased(Sealed value) {
    return value != null && value.open() == null;
  }

  public long keyId() {
    return keyId;
  }

  /** The bytes to store: sealed now if the value is new. */
  byte[] toStore(DataKeys keys) {
    if (sealed != null) {
      return sealed;
    }
    SecretKey key = keys.key(keyId).orElseThrow(() -> new IllegalStateException("data key " + keyId + " was destroyed"));
    return Envelope.seal(key, keyId, plain);
  }

  /**
   * The application's data keys, for entities and their converter, which cannot be injected. Looked
   * up once (its proxy lasts as long as the application): {@code CDI.current()} walks the call
   * stack each time, a third of a list page's decrypting.
   */
  static DataKeys dataKeys() {
    DataKeys keys = dataKeys;
    if (keys == null) {
      keys = CDI.current().select(DataKeys.class).get();
      dataKeys = keys;
    }
    return keys;
  }

  private synchronized byte[] open() {
    if (plain == null && !erased) {
      Optional<SecretKey> key = dataKeys().key(keyId);
      if (key.isEmpty()) {
        erased = true;
      } else {
        plain = Envelope.open(key.get(), sealed);
      }
    }
    return plain;
  }

  @Override
  public String toString() {
    // never the content: entities end up in logs and error pages
    return "Sealed[" + keyId + "]";
  }

  @Override
  public boolean equals(Object other) {
    // identity: a field that was set again is written again; one that was only read is not
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
