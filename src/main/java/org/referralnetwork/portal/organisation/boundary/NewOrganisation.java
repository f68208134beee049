package org.referralnetwork.portal.organisation.boundary;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.referralnetwork.portal.organisation.control.KeycloakOrganisations;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;

/** What the secretariat types to register a partner organisation, checked on the server. */
public record NewOrganisation(String name, Set<OrganisationKind> kinds, String domain, String country, String contact) {

  private static final Pattern DOMAIN =
      Pattern.compile("^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
  static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** The registration for Keycloak, or the key of the first thing wrong. */
  public KeycloakOrganisations.Registration checked() {
    String cleanName = name == null ? "" : name.strip();
    String cleanDomain = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
    String cleanContact = contact == null ? "" : contact.strip();
    if (cleanName.length() < 2 || cleanName.length() > 100) {
      throw new OnboardingRefusedException("organisations.invalid.name");
    }
    if (kinds == null || kinds.isEmpty() || kinds.contains(OrganisationKind.SECRETARIAT)) {
      throw new OnboardingRefusedException("organisations.invalid.kinds");
    }
    if (!DOMAIN.matcher(cleanDomain).matches()) {
      throw new OnboardingRefusedException("organisations.invalid.domain");
    }
    if (country == null || !COUNTRIES.contains(country)) {
      throw new OnboardingRefusedException("organisations.invalid.country");
    }
    if (!EMAIL.matcher(cleanContact).matches() || cleanContact.length() > 254) {
      throw new OnboardingRefusedException("organisations.invalid.contact");
    }
    // the alias (Keycloak's key in tokens) follows from the domain: unique, readable, ASCII even for an Arabic name
    return new KeycloakOrganisations.Registration(cleanName, cleanDomain.replace('.', '-'), EnumSet.copyOf(kinds),
        cleanDomain, country, cleanContact);
  }
}
