package org.referralnetwork.portal.protection.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM envelopes. A sealed value is {@code version (1) | data key id (8) | nonce (12) |
 * ciphertext and tag}; version and key id are authenticated too, so a value cannot be moved under
 * another key unnoticed. A wrapped data key is {@code nonce | ciphertext and tag}, bound to its id
 * and to the master key's id.
 */
public final class Envelope {

  public static final int KEY_BYTES = 32;
  private static final byte VERSION = 1;
  private static final int HEADER = 1 + Long.BYTES;
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Envelope() {}

  public static SecretKey newKey() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return new SecretKeySpec(key, "AES");
  }

  public static SecretKey key(byte[] material) {
    if (material.length != KEY_BYTES) {
      throw new IllegalArgumentException("an AES-256 key has " + KEY_BYTES + " bytes");
    }
    return new SecretKeySpec(material, "AES");
  }

  /** A random positive id for a new data key, so that it is known before anything is written. */
  public static long newKeyId() {
    long id;
    do {
      id = RANDOM.nextLong() & Long.MAX_VALUE;
    } while (id == 0);
    return id;
  }

  public static byte[] seal(SecretKey key, long keyId, byte[] plain) {
    byte[] header = ByteBuffer.allocate(HEADER).put(VERSION).putLong(keyId).array();
    byte[] nonce = nonce();
    byte[] sealed = gcm(Cipher.ENCRYPT_MODE, key, nonce, header, plain);
    return ByteBuffer.allocate(HEADER + NONCE + sealed.length).put(header).put(nonce).put(sealed).array();
  }

  /** The id of the data key a sealed value needs. */
  public static long keyIdOf(byte[] sealed) {
    if (sealed.length < HEADER + NONCE || sealed[0] != VERSION) {
      throw new IllegalArgumentException("not a sealed value");
    }
    return ByteBuffer.wrap(sealed, 1, Long.BYTES).getLong();
  }

  public static byte[] open(SecretKey key, byte[] sealed) {
    keyIdOf(sealed);
    return gcm(Cipher.DECRYPT_MODE, key, Arrays.copyOfRange(sealed, HEADER, HEADER + NONCE),
        Arrays.copyOfRange(sealed, 0, HEADER), Arrays.copyOfRange(sealed, HEADER + NONCE, sealed.length));
  }

  public static byte[] wrap(SecretKey master, String masterId, long keyId, SecretKey dataKey) {
    byte[] nonce = nonce();
    byte[] wrapped = gcm(Cipher.ENCRYPT_MODE, master, nonce, wrapContext(masterId, keyId), dataKey.getEncoded());
    return ByteBuffer.allocate(NONCE + wrapped.length).put(nonce).put(wrapped).array();
  }

  public static SecretKey unwrap(SecretKey master, String masterId, long keyId, byte[] wrapped) {
    return key(gcm(Cipher.DECRYPT_MODE, master, Arrays.copyOf(wrapped, NONCE), wrapContext(masterId, keyId),
        Arrays.copyOfRange(wrapped, NONCE, wrapped.length)));
  }

  private static byte[] wrapContext(String masterId, long keyId) {
    return ("data-key:" + keyId + ":" + masterId).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] nonce() {
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    return nonce;
  }

  private static byte[] gcm(int mode, SecretKey key, byte[] nonce, byte[] associated, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associated);
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      // a wrong key or a changed byte: never say more, the value may be personal data
      throw new SealBrokenException(e);
    }
  }
}
