package org.referralnetwork.portal.protection.control;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Sealed} field as its AES-GCM envelope; reading it decrypts nothing yet. */
@Converter(autoApply = true)
public class SealedConverter implements AttributeConverter<Sealed, byte[]> {

  @Override
  public byte[] convertToDatabaseColumn(Sealed value) {
    return value == null ? null : value.toStore(Sealed.dataKeys());
  }

  @Override
  public Sealed convertToEntityAttribute(byte[] stored) {
    return stored == null ? null : Sealed.stored(stored);
  }
}
