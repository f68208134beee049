package org.referralnetwork.portal.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.notification.control.NotificationStore.Email;
import org.referralnetwork.portal.notification.entity.NoticeKind;

class LettersTest {

  private static final String RITA = "rita@secretariat.example.org";
  private static final String SAM = "sam@secretariat.example.org";

  @Test
  void aPersonsNotificationsShareOneLetterInTheOrderClaimed() {
    List<List<Email>> letters = Letters.of(List.of(email(1, RITA, "en"), email(2, SAM, "fr"), email(3, RITA, "en"),
        email(4, SAM, "fr"), email(5, RITA, "en")), 50);

    assertEquals(List.of(List.of(1L, 3L, 5L), List.of(2L, 4L)), ids(letters));
  }

  @Test
  void aLoneNotificationIsALetterOfItsOwn() {
    assertEquals(List.of(List.of(7L)), ids(Letters.of(List.of(email(7, RITA, "en")), 50)));
  }

  @Test
  void aLongListIsSplitSoThatNoLetterCarriesMoreThanTheMost() {
    List<Email> claimed = List.of(email(1, RITA, "en"), email(2, RITA, "en"), email(3, RITA, "en"), email(4, SAM, "en"),
        email(5, RITA, "en"));

    assertEquals(List.of(List.of(1L, 2L), List.of(3L, 5L), List.of(4L)), ids(Letters.of(claimed, 2)));
  }

  @Test
  void anotherLanguageForTheSameAddressIsAnotherLetter() {
    // the language is the recipient's when the event was expanded; a letter is written in one
    assertEquals(List.of(List.of(1L), List.of(2L)), ids(Letters.of(List.of(email(1, RITA, "en"), email(2, RITA, "ar")), 50)));
  }

  @Test
  void nothingClaimedIsNoLetter() {
    assertEquals(List.of(), Letters.of(List.of(), 50));
  }

  private static Email email(long id, String address, String language) {
    return new Email(id, NoticeKind.REFERRAL_SUBMITTED, "RN-2026-0000" + id, id, null, address, language, 0);
  }

  private static List<List<Long>> ids(List<List<Email>> letters) {
    return letters.stream().map(letter -> letter.stream().map(Email::id).toList()).toList();
  }
}
