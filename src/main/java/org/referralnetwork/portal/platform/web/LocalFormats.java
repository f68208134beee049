package org.referralnetwork.portal.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates, times and amounts as the reader's language writes them. Times stay in UTC and say so:
 * partners in many time zones talk about the same deadline. Digits are Latin in every language,
 * Arabic included (as across the Maghreb): references, amounts and dates are read out over the
 * phone and copied into case files beside forms that take Latin digits.
 */
public final class LocalFormats {

  private static final Currency EURO = Currency.getInstance("EUR");

  private LocalFormats() {}

  /** An instant in UTC to the second, e.g. "31 janv. 2026, 14:05:09 UTC". */
  public static String instant(Instant value, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(latinDigits(locale)).withZone(ZoneOffset.UTC).format(value) + " UTC";
  }

  /** A date and time the portal keeps in UTC, to the minute, e.g. "Jan 31, 2026, 2:05 PM UTC". */
  public static String dateTime(LocalDateTime value, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(latinDigits(locale)).format(value) + " UTC";
  }

  /** A day, e.g. "31 ene 2026". */
  public static String date(LocalDate value, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(latinDigits(locale)).format(value);
  }

  /** An amount in euros, e.g. "1 234,50 €" in French. */
  public static String euros(BigDecimal value, Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(latinDigits(locale));
    format.setCurrency(EURO);
    return format.format(value);
  }

  /** A count or figure, grouped as the language does, e.g. "1 234" in Russian. */
  public static String number(long value, Locale locale) {
    return NumberFormat.getIntegerInstance(latinDigits(locale)).format(value);
  }

  private static Locale latinDigits(Locale locale) {
    return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
  }
}
