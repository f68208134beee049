package org.referralnetwork.portal.notification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.testing.Browser;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.KeycloakUsers;
import org.referralnetwork.portal.testing.MailCatcher;
import org.referralnetwork.portal.testing.MailCatcher.Mail;
import org.referralnetwork.portal.testing.PartnerApiClient;
import org.referralnetwork.portal.testing.TestDatabase;

/**
 * Notifications end to end: a partner's submission through the API, moves in the browser, e-mails
 * received by a real SMTP server (GreenMail), the recipients' Keycloak memberships and roles, their
 * languages and choices, and a mail server that is down for a while.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

  private static final Duration MAIL_WAIT = Duration.ofSeconds(45);
  private static final String RITA = "rita@secretariat.example.org";
  private static final String SAM = "sam@secretariat.example.org";
  private static final String DRAFT = """
      {"programme": "EMERGENCY_GRANT", "urgency": "HIGH", "language": "EN", "nameOrAlias": "%s",
       "countryCode": "SY", "humanRightsWork": "Documents detentions.", "riskSituation": "Followed home by %s.",
       "safeContact": "Signal via the partner", "measures": ["LEGAL_AID"], "amountEur": 1500, "consentGiven": true}
      """;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  private PartnerApiClient api;
  private URL portal;

  @BeforeEach
  void connect() throws Exception {
    api = new PartnerApiClient(deployed);
    portal = Deployments.onLoopback(deployed);
  }

  @Test
  void aSubmissionReachesEveryReviewerOnceInTheirLanguageWithNoPersonalData() throws Exception {
    String samId = KeycloakUsers.idOf("sam");
    Optional<String> samsLanguage = language(samId);
    setLanguage(samId, Optional.of("fr"));
    try {
      String defender = "Nadia Mailtest " + UUID.randomUUID().toString().substring(0, 8);
      long id = submitAsAlpha(defender);
      String reference = Referral.reference(id);

      List<Mail> mails = MailCatcher.await(mail -> mail.subject().contains(reference), 2, MAIL_WAIT);
      List<String> to = new ArrayList<>();
      mails.forEach(mail -> to.addAll(mail.to()));
      assertEquals(List.of(RITA, SAM), to.stream().sorted().toList(), "the secretariat's reviewers, each once");
      Mail toSam = mails.stream().filter(mail -> mail.to().contains(SAM)).findFirst().orElseThrow();
      Mail toRita = mails.stream().filter(mail -> mail.to().contains(RITA)).findFirst().orElseThrow();
      assertTrue(toSam.subject().startsWith("[Réseau d’orientation]"), "sam reads French: " + toSam.subject());
      assertEquals("fr", toSam.language());
      assertTrue(toRita.subject().startsWith("[Referral Network]"), toRita.subject());
      for (Mail mail : mails) {
        assertTrue(mail.body().contains("/referral.xhtml?id=" + id), "a link to the referral: " + mail.body());
        String all = mail.subject() + mail.body();
        for (String personal : List.of(defender, "Nadia", "Mailtest", "Followed home", "Signal via", "Documents detentions")) {
          assertFalse(all.contains(personal), "no personal data in an e-mail: " + personal);
        }
      }

      // sent once, recorded as sent, the address no longer kept; nothing more arrives later
      assertEquals(List.of("SENT", "SENT"), emailStates(reference));
      assertEquals(0, count("SELECT COUNT(*) FROM notification n JOIN notification_event e ON e.id = n.event_id"
          + " WHERE e.reference = ? AND n.email_address IS NOT NULL", reference));
      Thread.sleep(2_000);
      assertEquals(2, MailCatcher.received().stream().filter(mail -> mail.subject().contains(reference)).count());
    } finally {
      setLanguage(samId, samsLanguage);
    }
  }

  @Test
  void informationRequestedReachesTheReferringOrganisationOnly() throws Exception {
    long id = submitAsAlpha("Omar Mailtest " + UUID.randomUUID().toString().substring(0, 8));
    String reference = Referral.reference(id);
    try (Browser rita = Browser.open().signIn(portal, "rita")) {
      rita.driver().get(portal + "referral.xhtml?id=" + id);
      rita.click(".move-START_REVIEW");
      rita.awaitText("Start the review: done.");
      rita.type("#moves\\:reason", "Please tell us where the defender can stay safely this week.");
      rita.click(".move-REQUEST_INFORMATION");
      rita.awaitText("Request information: done.");
    }
    List<Mail> mails = MailCatcher.await(mail -> mail.subject().contains(reference)
        && mail.subject().contains("information"), 1, MAIL_WAIT);
    Thread.sleep(1_000);
    List<String> to = MailCatcher.received().stream()
        .filter(mail -> mail.subject().contains(reference) && !mail.to().contains(RITA) && !mail.to().contains(SAM))
        .flatMap(mail -> mail.to().stream()).toList();
    assertTrue(to.contains("alice@alpha-defenders.example.org"), "the referrers of the referring organisation: " + to);
    assertFalse(to.contains("bruno@beta-rights.example.org"), "nobody of another organisation: " + to);
    assertFalse(to.contains("hana@casa-refugio.example.org"), to.toString());
    assertFalse(mails.get(0).body().contains("stay safely"), "the request's text stays in the portal");
  }

  @Test
  void aMailServerThatIsDownDelaysTheEmailsLosesNothingAndSendsWhatWaitsForAPersonInOneLetter() throws Exception {
    MailCatcher.stop();
    long first;
    long second;
    try {
      first = submitAsAlpha("Lina Mailtest " + UUID.randomUUID().toString().substring(0, 8));
      second = submitAsAlpha("Lina Mailtest " + UUID.randomUUID().toString().substring(0, 8));
      // the portal tries, fails, and keeps the e-mails for later
      for (long id : List.of(first, second)) {
        awaitRows("SELECT COUNT(*) FROM notification n JOIN notification_event e ON e.id = n.event_id"
            + " WHERE e.reference = ? AND n.attempts >= 1 AND n.email_state = 'PENDING'", Referral.reference(id), 2);
      }
      // held until the server is back, then all due at once, as after an outage longer than their retry waits
      while (nextAttempt("2037-01-01", first, second) < 4) {
        Thread.sleep(200);
      }
    } finally {
      MailCatcher.restart();
    }
    assertEquals(4, nextAttempt("2000-01-01", first, second));

    String one = Referral.reference(first);
    String other = Referral.reference(second);
    List<Mail> letters = MailCatcher.await(mail -> mail.body().contains(one) || mail.body().contains(other), 2, MAIL_WAIT);
    Thread.sleep(2_000);
    letters = MailCatcher.received().stream().filter(mail -> mail.body().contains(one) || mail.body().contains(other))
        .toList();
    assertEquals(List.of(RITA, SAM), letters.stream().flatMap(mail -> mail.to().stream()).sorted().toList(),
        "one letter to each reviewer, not one per referral");
    for (Mail letter : letters) {
      assertTrue(letter.subject().contains(one) && letter.subject().endsWith("and 1 more"),
          "the first by its reference, and how many more: " + letter.subject());
      assertTrue(letter.body().contains(one) && letter.body().contains("/referral.xhtml?id=" + first)
          && letter.body().contains(other) && letter.body().contains("/referral.xhtml?id=" + second),
          "each with its link: " + letter.body());
    }
    assertEquals(List.of("SENT", "SENT"), emailStates(one));
    assertEquals(List.of("SENT", "SENT"), emailStates(other));
  }

  /** Sets when the two referrals' waiting e-mails are next tried, in one statement; how many were waiting. */
  private static int nextAttempt(String when, long first, long second) throws Exception {
    try (Connection db = TestDatabase.portalSchema().getConnection();
        PreparedStatement s = db.prepareStatement("UPDATE notification n JOIN notification_event e ON e.id = n.event_id"
            + " SET n.next_attempt_at = ? WHERE n.email_state = 'PENDING' AND e.referral_id IN (?, ?)")) {
      s.setString(1, when);
      s.setLong(2, first);
      s.setLong(3, second);
      s.executeUpdate();
    }
    return (int) count("SELECT COUNT(*) FROM notification n JOIN notification_event e ON e.id = n.event_id"
        + " WHERE n.email_state = 'PENDING' AND n.next_attempt_at = ? AND e.referral_id IN (" + first + ", " + second + ")",
        when);
  }

  @Test
  void aPersonSeesTheirNotificationsAndChoosesWhichEmailsTheyGet() throws Exception {
    String ritaId = KeycloakUsers.idOf("rita");
    try (Browser rita = Browser.open().signIn(portal, "rita")) {
      rita.click("#nav-notifications");
      rita.awaitText("Choose what you also receive by e-mail");
      rita.click("label[for='choices:emailed:0']"); // "A referral is submitted": off
      rita.click("#choices\\:save-choices");
      rita.awaitText("Your e-mail choices are saved.");
      assertEquals(1, count("SELECT COUNT(*) FROM notification_choice WHERE user_id = ? AND kind = 'REFERRAL_SUBMITTED'",
          ritaId));

      String reference = Referral.reference(submitAsAlpha("Rami Mailtest " + UUID.randomUUID().toString().substring(0, 8)));
      List<Mail> mails = MailCatcher.await(mail -> mail.subject().contains(reference), 1, MAIL_WAIT);
      awaitRows("SELECT COUNT(*) FROM notification n JOIN notification_event e ON e.id = n.event_id"
          + " WHERE e.reference = ? AND n.email_state = 'NOT_WANTED'", reference, 1);
      assertEquals(List.of(SAM), mails.stream().flatMap(mail -> mail.to().stream()).toList(), "rita turned it off");

      rita.driver().get(portal + "notifications.xhtml");
      assertTrue(rita.text("#inbox\\:notices").contains(reference), "rita still sees it in the portal");
      assertTrue(rita.text("#nav-notifications").matches("(?s).*Notifications\\s+\\d+.*"), "the bell counts unread ones");
      rita.click("#inbox\\:mark-read");
      rita.awaitText("All notifications are marked as read.");
      assertEquals(0, count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND read_at IS NULL", ritaId));
      assertFalse(rita.text("#bell").matches(".*\\d.*"), "no count once read: " + rita.text("#bell"));
    } finally {
      update("DELETE FROM notification_choice WHERE user_id = ?", ritaId);
    }
  }

  private long submitAsAlpha(String defender) throws Exception {
    String token = api.token("api-partner-a", "demo-api-partner-a-secret");
    HttpResponse<String> created = api.post(api.api() + "/referrals", token, DRAFT.formatted(defender, defender),
        UUID.randomUUID().toString());
    assertEquals(201, created.statusCode(), created.body());
    long id = PartnerApiClient.json(created).getJsonNumber("id").longValue();
    HttpResponse<String> submitted = api.post(api.api() + "/referrals/" + id + "/submit", token, "", null);
    assertEquals(200, submitted.statusCode(), submitted.body());
    return id;
  }

  private static List<String> emailStates(String reference) throws Exception {
    List<String> states = new ArrayList<>();
    try (Connection db = TestDatabase.portalSchema().getConnection();
        PreparedStatement s = db.prepareStatement("SELECT n.email_state FROM notification n"
            + " JOIN notification_event e ON e.id = n.event_id WHERE e.reference = ? ORDER BY n.id")) {
      s.setString(1, reference);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          states.add(r.getString(1));
        }
      }
    }
    return states;
  }

  private static void awaitRows(String sql, String parameter, long expected) throws Exception {
    Instant end = Instant.now().plus(MAIL_WAIT);
    long found;
    do {
      found = count(sql, parameter);
      if (found >= expected) {
        return;
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(end));
    throw new AssertionError("expected " + expected + " rows, found " + found + ": " + sql);
  }

  private static long count(String sql, String parameter) throws Exception {
    try (Connection db = TestDatabase.portalSchema().getConnection(); PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static Optional<String> language(String userId) throws Exception {
    try (Connection db = TestDatabase.portalSchema().getConnection();
        PreparedStatement s = db.prepareStatement("SELECT language FROM user_preference WHERE user_id = ?")) {
      s.setString(1, userId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  private static void setLanguage(String userId, Optional<String> language) throws Exception {
    if (language.isEmpty()) {
      update("DELETE FROM user_preference WHERE user_id = ?", userId);
      return;
    }
    try (Connection db = TestDatabase.portalSchema().getConnection();
        PreparedStatement s = db.prepareStatement("INSERT INTO user_preference (user_id, language, updated_at)"
            + " VALUES (?, ?, NOW(6)) ON DUPLICATE KEY UPDATE language = VALUES(language)")) {
      s.setString(1, userId);
      s.setString(2, language.get());
      s.executeUpdate();
    }
  }

  private static void update(String sql, String parameter) throws Exception {
    try (Connection db = TestDatabase.portalSchema().getConnection(); PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, parameter);
      s.executeUpdate();
    }
  }
}
