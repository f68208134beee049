package org.referralnetwork.portal.notification.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.referralnetwork.portal.notification.control.NotificationStore.Email;

/**
 * Claimed e-mails put together per person: one letter for what waits for someone, not one per
 * notification. In calm hours a run finds one notification and sends it alone; in a crisis, when
 * referrals arrive by the dozen, a reviewer gets a few letters that list them instead of an
 * e-mail for each (in the benchmark, 15 s of submissions left 17,000 e-mails waiting; a flooded
 * inbox helps no one).
 */
public final class Letters {

  private Letters() {}

  /** The e-mails by recipient and language, in the order claimed, at most {@code maxPerLetter} to a letter. */
  public static List<List<Email>> of(List<Email> claimed, int maxPerLetter) {
    Map<String, List<Email>> byPerson = new LinkedHashMap<>();
    for (Email email : claimed) {
      byPerson.computeIfAbsent(email.address() + '\n' + email.language(), person -> new ArrayList<>()).add(email);
    }
    List<List<Email>> letters = new ArrayList<>();
    for (List<Email> emails : byPerson.values()) {
      for (int from = 0; from < emails.size(); from += maxPerLetter) {
        letters.add(List.copyOf(emails.subList(from, Math.min(emails.size(), from + maxPerLetter))));
      }
    }
    return letters;
  }
}
