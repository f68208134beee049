package org.referralnetwork.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates, times and euros as each language writes them, always in UTC and with Latin digits. */
class LocalFormatsTest {

  private static final Instant INSTANT = Instant.parse("2026-01-31T14:05:09Z");
  private static final LocalDateTime DATE_TIME = LocalDateTime.of(2026, 1, 31, 14, 5);
  private static final LocalDate DATE = LocalDate.of(2026, 1, 31);
  private static final BigDecimal AMOUNT = new BigDecimal("1234.50");

  @Test
  void english() {
    Locale en = Locale.forLanguageTag("en");
    assertEquals("Jan 31, 2026, 2:05:09 PM UTC", plain(LocalFormats.instant(INSTANT, en)));
    assertEquals("Jan 31, 2026, 2:05 PM UTC", plain(LocalFormats.dateTime(DATE_TIME, en)));
    assertEquals("Jan 31, 2026", LocalFormats.date(DATE, en));
    assertEquals("€1,234.50", LocalFormats.euros(AMOUNT, en));
  }

  @Test
  void french() {
    Locale fr = Locale.forLanguageTag("fr");
    assertEquals("31 janv. 2026, 14:05:09 UTC", LocalFormats.instant(INSTANT, fr));
    assertEquals("31 janv. 2026 14:05 UTC", LocalFormats.dateTime(DATE_TIME, fr));
    assertEquals("31 janv. 2026", LocalFormats.date(DATE, fr));
    assertEquals("1 234,50 €", plain(LocalFormats.euros(AMOUNT, fr)));
  }

  @Test
  void russian() {
    Locale ru = Locale.forLanguageTag("ru");
    assertEquals("31 янв. 2026 г., 14:05:09 UTC", LocalFormats.instant(INSTANT, ru));
    assertEquals("31 янв. 2026 г.", LocalFormats.date(DATE, ru));
    assertEquals("1 234,50 €", plain(LocalFormats.euros(AMOUNT, ru)));
  }

  @Test
  void arabicWithLatinDigits() {
    Locale ar = Locale.forLanguageTag("ar");
    assertEquals("31/01/2026, 2:05:09 م UTC", plain(LocalFormats.instant(INSTANT, ar)));
    assertEquals("31/01/2026", plain(LocalFormats.date(DATE, ar)));
    assertEquals("€ 1,234.50", plain(LocalFormats.euros(AMOUNT, ar)));
    assertEquals("1,234", LocalFormats.number(1234, ar));
  }

  @Test
  void spanish() {
    assertEquals("1.234,50 €", plain(LocalFormats.euros(AMOUNT, Locale.forLanguageTag("es"))));
  }

  /** Without the invisible marks CLDR puts in (no-break and narrow spaces, right-to-left marks). */
  private static String plain(String text) {
    return text.replaceAll("[\\u00a0\\u202f\\u2009]", " ").replaceAll("[\\u200e\\u200f\\u061c]", "");
  }
}
