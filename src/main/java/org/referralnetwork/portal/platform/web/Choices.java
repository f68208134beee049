package org.referralnetwork.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Urgency;

/** The fixed lists forms offer, in the user's language. */
@Named
@RequestScoped
public class Choices {

  @Inject private Messages messages;
  @Inject private CountryNames countries;

  /** ISO country codes with their names in the user's language, sorted by name. */
  public List<Map.Entry<String, String>> getCountries() {
    return countries.sorted(messages.locale());
  }

  public String countryName(String code) {
    return countries.name(code, messages.locale());
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  public RequestLanguage[] getLanguages() {
    return RequestLanguage.values();
  }
}
