package org.referralnetwork.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ISO countries with their names in each language, sorted as that language sorts them ("Åland"
 * among the A's). Built once per language: the country menu asked for all 250 names, and sorted
 * them, several times in every request that showed it.
 */
@ApplicationScoped
public class CountryNames {

  private final Map<Locale, List<Map.Entry<String, String>>> sortedByLanguage = new ConcurrentHashMap<>();

  public List<Map.Entry<String, String>> sorted(Locale language) {
    return sortedByLanguage.computeIfAbsent(language, this::sort);
  }

  public String name(String code, Locale language) {
    return code == null ? "" : new Locale("", code).getDisplayCountry(language);
  }

  private List<Map.Entry<String, String>> sort(Locale language) {
    List<Map.Entry<String, String>> countries = new ArrayList<>();
    for (String code : Locale.getISOCountries()) {
      countries.add(Map.entry(code, name(code, language)));
    }
    countries.sort(Map.Entry.comparingByValue(Collator.getInstance(language)));
    return List.copyOf(countries);
  }
}
