package org.referralnetwork.portal.api.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.referralnetwork.portal.platform.web.Messages;

/** The problems the partner API answers with, their texts from the portal's bundles in the caller's language. */
public final class ProblemTexts {

  private static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.forLanguageTag("ar"),
          Locale.forLanguageTag("ru"));

  private ProblemTexts() {}

  /** The first of the caller's languages ({@code Accept-Language}, best first) the portal speaks; else English. */
  public static Locale locale(List<Locale> acceptable) {
    for (Locale wanted : acceptable) {
      for (Locale supported : SUPPORTED) {
        if (supported.getLanguage().equals(wanted.getLanguage())) {
          return supported;
        }
      }
    }
    return Locale.ENGLISH;
  }

  public static String text(Locale locale, String key, Object... arguments) {
    return Messages.text(locale, key, arguments);
  }

  /** A problem of this status, its detail the text of {@code detailKey}. */
  public static Problem problem(Locale locale, int status, String name, String detailKey, Object... arguments) {
    return problem(locale, status, name, text(locale, detailKey, arguments), (Map<String, String>) null);
  }

  public static Problem problem(Locale locale, int status, String name, String detail, Map<String, String> errors) {
    return new Problem("urn:referral-network:problem:" + name, text(locale, "api.status." + status), status, detail,
        errors == null || errors.isEmpty() ? null : errors);
  }
}
