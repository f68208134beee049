package org.referralnetwork.portal.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a defender's name and country into the keyed hash the one-request rule compares. The key
 * ({@code portal.identity-key}, base64 of at least 32 random bytes; environment
 * PORTAL_IDENTITY_KEY) comes from configuration and never from the database, so a copy of the
 * database alone cannot be used to test guessed names.
 */
@ApplicationScoped
public class DefenderIdentities {

  @Inject
  @ConfigProperty(name = "portal.identity-key")
  String base64Key;

  public String hashOf(String nameOrAlias, String countryCode) {
    return IdentityKey.keyedHash(Base64.getDecoder().decode(base64Key.strip()), nameOrAlias, countryCode);
  }
}
