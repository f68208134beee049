package org.referralnetwork.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Urgency;

/** The fixed lists forms offer, in the user's language. */
@Named
@RequestScoped
public class Choices {

  @Inject private Messages messages;

  /** ISO country codes with their names in the user's language, sorted by name. */
  public List<Map.Entry<String, String>> getCountries() {
    Locale locale = messages.locale();
    List<Map.Entry<String, String>> countries = new ArrayList<>();
    for (String code : Locale.getISOCountries()) {
      countries.add(Map.entry(code, new Locale("", code).getDisplayCountry(locale)));
    }
    countries.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
    return countries;
  }

  public String countryName(String code) {
    return code == null ? "" : new Locale("", code).getDisplayCountry(messages.locale());
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  public RequestLanguage[] getLanguages() {
    return RequestLanguage.values();
  }
}
