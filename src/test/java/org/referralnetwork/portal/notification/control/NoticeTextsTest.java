package org.referralnetwork.portal.notification.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.notification.entity.NoticeKind;

class NoticeTextsTest {

  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
      Locale.forLanguageTag("ar"), Locale.forLanguageTag("ru"));

  @Test
  void everyNoticeSaysItsReferenceAndLinkInEveryLanguage() {
    for (Locale language : LANGUAGES) {
      for (NoticeKind kind : NoticeKind.values()) {
        String reference = kind == NoticeKind.SLOTS_NEARLY_USED ? "TEMPORARY_RELOCATION 2026-01-01/2026-12-31" : "RN-2026-000042";
        String detail = switch (kind) {
          case DECISION_MADE -> "REJECTED";
          case OFFER_ANSWERED -> "HOST_ACCEPTED";
          case SLOTS_NEARLY_USED -> "80%";
          default -> null;
        };
        String body = NoticeTexts.body(language, kind, reference, detail, "https://portal.example.org/referral.xhtml?id=42",
            "https://portal.example.org/notifications.xhtml");
        String subject = NoticeTexts.subject(language, kind, reference, detail);
        assertTrue(body.contains("https://portal.example.org/referral.xhtml?id=42"), language + " " + kind + ": " + body);
        assertFalse(subject.contains("{") || body.contains("{"), "every placeholder filled: " + subject);
        if (kind == NoticeKind.SLOTS_NEARLY_USED) {
          assertFalse(subject.contains("TEMPORARY_RELOCATION"), "the programme by its name: " + subject);
          assertTrue(subject.contains("2026-01-01/2026-12-31") && subject.contains("80%"), subject);
        } else {
          assertTrue(subject.contains("RN-2026-000042"), subject);
        }
        if (kind == NoticeKind.DECISION_MADE) {
          assertFalse(subject.contains("REJECTED"), "the decision in words: " + subject);
        }
      }
    }
  }

  @Test
  void aLetterOfSeveralNamesTheFirstAndCountsTheRestInEveryLanguage() {
    for (Locale language : LANGUAGES) {
      String first = NoticeTexts.line(language, NoticeKind.REFERRAL_SUBMITTED, "RN-2026-000042", null);
      String second = NoticeTexts.line(language, NoticeKind.DECISION_MADE, "RN-2026-000043", "REJECTED");
      String subject = NoticeTexts.digestSubject(language, first, 1);
      String body = NoticeTexts.digestBody(language, List.of(first + "\nhttps://portal.example.org/referral.xhtml?id=42",
          second + "\nhttps://portal.example.org/referral.xhtml?id=43"), "https://portal.example.org/notifications.xhtml");
      assertTrue(subject.contains("RN-2026-000042")
          && subject.contains(NumberFormat.getInstance(language).format(1)), "one more, in the reader's digits: " + language + ": " + subject);
      assertTrue(body.contains("RN-2026-000042") && body.contains("referral.xhtml?id=42")
          && body.contains("RN-2026-000043") && body.contains("referral.xhtml?id=43")
          && body.contains("/notifications.xhtml"), language + ": " + body);
      assertFalse(subject.contains("{") || body.contains("{"), "every placeholder filled: " + body);
    }
  }
}
