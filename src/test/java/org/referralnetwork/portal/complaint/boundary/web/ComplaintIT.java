package org.referralnetwork.portal.complaint.boundary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.referralnetwork.portal.testing.Browser;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.TestDatabase;

/**
 * Complaints and feedback in real browsers: an anonymous visitor files a complaint and follows it
 * with its reference and secret code; a reviewer answers it; a partner sends feedback that the
 * reviewer sees with the organisation; the audit log holds every step and none of the text; and the
 * abuse guard refuses a filing sent too fast, one with the hidden field filled, and one over the
 * address's limit (arquillian.xml sets portal.complaints.filings-per-address=2).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComplaintIT {

  private static final long MIN_FILL_MILLIS = 3_300; // portal.complaints.min-fill-seconds (3) and a margin
  private static final Pattern FEEDBACK_REFERENCE = Pattern.compile("F-[2-9A-Z]{4}-[2-9A-Z]{4}");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;
  private URL portal;
  private final String run = Long.toString(System.nanoTime() % 1_000_000, 36);

  @BeforeEach
  void onLoopback() throws Exception {
    portal = Deployments.onLoopback(deployed);
  }

  @Test
  @Order(1)
  void aVisitorFilesAComplaintTheSecretariatAnswersItAndTheVisitorReadsTheAnswer() throws Exception {
    String text = "The decision " + run + " was unfair <b>not bold</b> — القرار غير عادل";
    String reference;
    String code;
    try (Browser visitor = Browser.open()) {
      visitor.driver().get(portal + "public/complaint.xhtml");
      visitor.choose("complaint:subject", "A decision of the mechanism");
      visitor.type("#complaint\\:body", text);
      visitor.type("#complaint\\:referral-reference", "R-000042");
      visitor.type("#complaint\\:contact", "signal: +00 000 " + run);
      Thread.sleep(MIN_FILL_MILLIS);
      visitor.click("#complaint\\:send");
      visitor.awaitText("Your complaint has been received");
      reference = visitor.text("#filed-reference");
      code = visitor.text("#filed-code");
      assertTrue(reference.matches("C-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), reference);
      assertTrue(code.matches("[2-9A-HJKMNP-Z]{5}(-[2-9A-HJKMNP-Z]{5}){3}"), code);
      assertFalse(visitor.driver().getCurrentUrl().contains(code), "never in the address");

      follow(visitor, reference, code);
      assertEquals("Received", visitor.text("#complaint-status"));
      assertTrue(visitor.text("#complaint-answer").contains("No answer yet"));

      follow(visitor, reference, code.substring(0, code.length() - 1) + (code.endsWith("2") ? "3" : "2"));
      visitor.awaitText("We found no complaint with this reference and secret code");
      assertFalse(visitor.bodyText().contains("Received"), "nothing of the complaint is shown");
      follow(visitor, "C-2222-2222", code);
      visitor.awaitText("We found no complaint with this reference and secret code");
      assertEquals("C-2222-2222", visitor.find("#lookup\\:reference").getAttribute("value"), "what was typed stays");
    }
    try (Browser rita = Browser.open().signIn(portal, "rita")) {
      rita.click("#nav-complaints");
      rita.awaitText("Complaints and feedback");
      rita.click(".open-" + reference);
      rita.awaitText("Answer to the complainant");
      assertEquals(text, rita.text("#opened-body"), "shown as typed, markup escaped");
      assertEquals("R-000042", rita.text("#opened-referral"));
      rita.choose("handle:target", "Answered");
      rita.type("#handle\\:note", "Internal " + run + ": checked with the reviewer");
      rita.click("#handle\\:save");
      rita.awaitText("Write the answer before you mark the complaint as answered.");
      assertTrue(rita.find("#handle\\:note").getAttribute("value").contains("Internal " + run), "the note stays");
      rita.type("#handle\\:answer", "We reviewed the decision " + run + " and will contact you.");
      rita.click("#handle\\:save");
      rita.awaitText(reference + " saved.");
      assertEquals("Answered", rita.text("#opened-status"));
      assertTrue(rita.text("#opened-handled").contains("rita"));
    }
    try (Browser visitor = Browser.open()) {
      follow(visitor, reference.toLowerCase(), code.replace("-", " "));
      assertEquals("Answered", visitor.text("#complaint-status"));
      assertTrue(visitor.text("#complaint-answer").contains("We reviewed the decision " + run));
      assertFalse(visitor.bodyText().contains("Internal " + run), "the internal note is never shown");
    }

    try (Connection db = TestDatabase.portalSchema().getConnection()) {
      List<String> events = auditLinesOf(db, reference);
      assertTrue(events.contains("COMPLAINT_FILED anonymous null"), events.toString());
      assertTrue(events.contains("COMPLAINT_READ rita"), events.toString());
      assertTrue(events.stream().anyMatch(e -> e.startsWith("COMPLAINT_HANDLED rita")), events.toString());
      assertEquals(0, count(db, "SELECT COUNT(*) FROM audit_event WHERE detail LIKE ?", "%" + run + "%"),
          "no complaint text in the audit log");
      assertEquals(0, count(db, "SELECT COUNT(*) FROM complaint WHERE secret_hash LIKE ?", "%" + code.replace("-", "") + "%"));
    }
  }

  @Test
  @Order(2)
  void aPartnerSendsFeedbackAndTheReviewerSeesItWithTheOrganisation() throws Exception {
    String feedback;
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      alice.click("#nav-feedback");
      alice.awaitText("Feedback to the secretariat");
      alice.choose("feedback:subject", "A referral or request for support");
      alice.type("#feedback\\:body", "The new form " + run + " is clearer.");
      alice.click("#feedback\\:send");
      alice.awaitText("Thank you. Your feedback");
      Matcher matcher = FEEDBACK_REFERENCE.matcher(alice.text("#messages"));
      assertTrue(matcher.find(), alice.text("#messages"));
      feedback = matcher.group();
      assertTrue(alice.text("#sent").contains(feedback));
    }
    try (Browser rita = Browser.open().signIn(portal, "rita")) {
      rita.click("#nav-complaints");
      rita.choose("list:kind", "Feedback");
      rita.click("#list\\:find");
      rita.awaitAjax();
      rita.click(".open-" + feedback);
      rita.awaitText("The new form " + run);
      assertEquals("Feedback", rita.text("#opened-kind"));
      assertTrue(rita.text("#opened-organisation").contains("Alpha Defenders Network"), rita.text("#opened-organisation"));
      assertTrue(rita.text("#opened-organisation").contains("alice"));
    }
    try (Connection db = TestDatabase.portalSchema().getConnection()) {
      List<String> events = auditLinesOf(db, feedback);
      assertTrue(events.stream().anyMatch(e -> e.startsWith("FEEDBACK_SENT alice")), events.toString());
    }
  }

  @Test
  @Order(3)
  void tooFastAHoneypotFilledAndOneFilingOverTheLimitAreRefused() throws Exception {
    long before;
    try (Connection db = TestDatabase.portalSchema().getConnection()) {
      before = count(db, "SELECT COUNT(*) FROM complaint WHERE reference LIKE ?", "C-%");
    }
    try (Browser bot = Browser.open()) {
      bot.driver().get(portal + "public/complaint.xhtml");
      bot.type("#complaint\\:body", "fast " + run);
      bot.click("#complaint\\:send");
      bot.awaitText("quicker than we expect from a person");
      assertEquals("fast " + run, bot.find("#complaint\\:body").getAttribute("value"), "the text stays");

      bot.driver().get(portal + "public/complaint.xhtml");
      bot.choose("complaint:subject", "Something else");
      bot.type("#complaint\\:body", "honeypot " + run);
      ((JavascriptExecutor) bot.driver()).executeScript(
          "document.getElementById('complaint:website').value = 'http://spam.example';");
      Thread.sleep(MIN_FILL_MILLIS);
      bot.click("#complaint\\:send");
      bot.awaitText("We could not accept this form");
      assertFalse(bot.bodyText().contains("Your complaint has been received"));

      // the first test filed one; the limit for the test run is two an hour from one address
      List<String> outcomes = new ArrayList<>();
      for (int filing = 0; filing < 2; filing++) {
        bot.driver().get(portal + "public/complaint.xhtml");
        bot.choose("complaint:subject", "Something else");
        bot.type("#complaint\\:body", "filing " + filing + " " + run);
        Thread.sleep(MIN_FILL_MILLIS);
        bot.click("#complaint\\:send");
        bot.awaitAjax();
        outcomes.add(bot.bodyText().contains("Your complaint has been received") ? "filed"
            : bot.bodyText().contains("Too many complaints have been sent recently") ? "limited" : bot.bodyText());
      }
      assertEquals(List.of("filed", "limited"), outcomes);
      assertTrue(bot.bodyText().matches("(?s).*please try again in \\d+ minutes\\..*"), "says when: " + bot.bodyText());
      assertEquals("filing 1 " + run, bot.find("#complaint\\:body").getAttribute("value"), "the text stays");
    }
    try (Connection db = TestDatabase.portalSchema().getConnection()) {
      // of the four tries only one was filed (the texts are sealed: they are counted, not searched)
      assertEquals(before + 1, count(db, "SELECT COUNT(*) FROM complaint WHERE reference LIKE ?", "C-%"));
      assertEquals(0, count(db, "SELECT COUNT(*) FROM complaint WHERE body LIKE ?", "%filing 0 " + run + "%"),
          "no complaint text in the clear");
      assertNotEquals(0, count(db, "SELECT COUNT(*) FROM audit_event WHERE action = 'COMPLAINT_FILED' AND source IS NULL", "%"));
      assertEquals(0, count(db, "SELECT COUNT(*) FROM audit_event WHERE action = 'COMPLAINT_FILED' AND source IS NOT NULL", "%"));
    }
  }

  private void follow(Browser visitor, String reference, String code) {
    visitor.driver().get(portal + "public/complaint-status.xhtml");
    visitor.type("#lookup\\:reference", reference);
    visitor.type("#lookup\\:code", code);
    visitor.click("#lookup\\:find");
    visitor.awaitAjax();
  }

  /** "ACTION actor [source]" of the audit lines that name the reference. */
  private static List<String> auditLinesOf(Connection db, String reference) throws Exception {
    List<String> lines = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(
        "SELECT action, actor, source FROM audit_event WHERE detail LIKE ? ORDER BY seq")) {
      query.setString(1, reference + "%");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          lines.add(rows.getString(1) + " " + rows.getString(2)
              + (rows.getString(1).equals("COMPLAINT_FILED") ? " " + rows.getString(3) : ""));
        }
      }
    }
    return lines;
  }

  private static long count(Connection db, String sql, String parameter) throws Exception {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      if (sql.contains("?")) {
        query.setString(1, parameter);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
