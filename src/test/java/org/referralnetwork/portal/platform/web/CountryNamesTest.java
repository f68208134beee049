package org.referralnetwork.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

  private final CountryNames countries = new CountryNames();

  @Test
  void namesAreSortedAsTheLanguageSortsThem() {
    List<String> english = countries.sorted(Locale.ENGLISH).stream().map(Map.Entry::getValue).toList();
    int aland = english.indexOf("Åland Islands");
    assertTrue(aland > 0 && english.get(aland - 1).startsWith("A") && english.get(aland + 1).startsWith("A"),
        "Åland among the A's, not after Z: " + english.subList(Math.max(0, aland - 1), aland + 2));
    assertEquals(Locale.getISOCountries().length, english.size());
  }

  @Test
  void eachLanguageHasItsOwnNames() {
    assertEquals("Allemagne", countries.name("DE", Locale.FRENCH));
    assertEquals("Germany", countries.name("DE", Locale.ENGLISH));
    assertTrue(countries.sorted(Locale.FRENCH).contains(Map.entry("DE", "Allemagne")));
    assertEquals("", countries.name(null, Locale.ENGLISH));
  }
}
