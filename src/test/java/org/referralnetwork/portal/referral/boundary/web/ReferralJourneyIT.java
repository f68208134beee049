package org.referralnetwork.portal.referral.boundary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.testing.Browser;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.DraftForm;

/**
 * A referral's whole path in real browsers, through the real Keycloak login: a referrer submits an
 * urgent relocation request, the secretariat asks for information, the referrer answers, the
 * secretariat accepts; and a submission with bad input shows the messages and keeps the input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralJourneyIT {

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
  void anUrgentRelocationGoesFromReferrerToSecretariatAndBackToAcceptance() throws Exception {
    String defender = "Leyla Journey " + run;
    String page;
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      DraftForm.start(alice, "Temporary relocation", defender, "Sudan");
      page = alice.driver().getCurrentUrl();
      alice.type("#draft\\:pronouns", "she/her");
      DraftForm.next(alice);
      alice.type("#draft\\:situation", "Threatened after publishing a report on detentions.");
      alice.choose("draft:urgency", "Urgent (immediate risk)");
      DraftForm.next(alice);
      alice.click("label[for='draft:measures:8']");
      alice.type("#draft\\:months_input", "6");
      DraftForm.next(alice);
      alice.click("#draft\\:consentGiven .ui-chkbox-box");
      alice.click("#draft\\:submit");
      alice.awaitText("submitted to the secretariat");
      assertEquals("Submitted", alice.text("#referral-status"));
      assertTrue(alice.text("#slot-state").contains("waitlist"), "no quota yet: the referral waits for a slot");
    }
    try (Browser sam = Browser.open().signIn(portal, "sam")) {
      sam.click("#nav-quotas");
      sam.choose("create:partner", "Alpha Defenders Network");
      sam.type("#create\\:slots", "2");
      sam.type("#create\\:reason", "Allotment for the year");
      sam.click("#create\\:save");
      sam.awaitText("Quota created.");
      LocalDate first = LocalDate.now(ZoneOffset.UTC).withDayOfYear(1);
      sam.choose("change:quota", "Alpha Defenders Network · TEMPORARY_RELOCATION · " + first + " – " + first.plusYears(1).minusDays(1));
      sam.click("#change\\:waitlist");
      sam.awaitText("the first on the waitlist");
      assertTrue(sam.text("#figures\\:table").contains("Alpha Defenders Network"));
    }
    try (Browser rita = Browser.open().signIn(portal, "rita")) {
      rita.click("#nav-queue");
      rita.awaitText("Review queue");
      assertTrue(rita.text("#queue\\:table").contains("Urgent"), "urgent referrals are in the queue");
      rita.driver().get(page);
      rita.click(".move-START_REVIEW");
      rita.awaitText("Start the review: done.");
      rita.type("#moves\\:reason", "Please tell us where the defender can stay safely this week.");
      rita.click(".move-REQUEST_INFORMATION");
      rita.awaitText("Request information: done.");
      assertEquals("Information requested", rita.text("#referral-status"));
    }
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      alice.driver().get(page);
      assertTrue(alice.text("#thread").contains("where the defender can stay safely"));
      alice.type("#moves\\:reason", "With a colleague in the capital until Friday.");
      alice.click(".move-ANSWER_INFORMATION_REQUEST");
      alice.awaitText("done.");
      assertEquals("Under review", alice.text("#referral-status"));
    }
    try (Browser rita = Browser.open().signIn(portal, "rita")) {
      rita.driver().get(page);
      assertTrue(rita.text("#thread").contains("With a colleague in the capital"));
      rita.click(".move-ACCEPT");
      rita.awaitText("Accept: done.");
      assertEquals("Accepted", rita.text("#referral-status"));
      assertTrue(rita.text("#slot-state").contains("used"));
      String timeline = rita.text("#timeline");
      for (String step : new String[] {"Draft", "Submitted", "Under review", "Information requested", "Accepted"}) {
        assertTrue(timeline.contains(step), "timeline shows " + step + ": " + timeline);
      }
    }
  }

  @Test
  void aSubmissionWithBadInputShowsTheMessagesAndKeepsTheInput() throws Exception {
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      DraftForm.start(alice, "Emergency grant", "Omar Input " + run, "Yemen");
      DraftForm.next(alice);
      alice.type("#draft\\:situation", "Raided twice; equipment seized.");
      DraftForm.next(alice);
      alice.click("label[for='draft:measures:13']");
      alice.type("#draft\\:amount_input", "12000");
      DraftForm.next(alice);
      alice.click("#draft\\:submit");
      alice.awaitText("An emergency grant covers at most");
      alice.awaitText("cannot be covered by individual support");
      alice.awaitText("The defender's consent is needed");
      assertEquals("Draft", alice.text("#referral-status"));
      // nothing typed is lost: back on the earlier steps, the input is still there
      alice.click(".ui-wizard-nav-back");
      alice.awaitAjax();
      assertTrue(alice.find("#draft\\:amount_input").getAttribute("value").startsWith("12"));
      alice.click(".ui-wizard-nav-back");
      alice.awaitAjax();
      assertEquals("Raided twice; equipment seized.", alice.find("#draft\\:situation").getAttribute("value"));
    }
  }

  @Test
  void aReferrerWithTwoRequestsForOneDefenderChoosesWhichToProcess() throws Exception {
    String defender = "Yusuf Twice " + run;
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      String first = submitEmergencyGrant(alice, defender);
      alice.awaitText("submitted to the secretariat");
      alice.click("#nav-referrals");
      submitEmergencyGrant(alice, "  YUSUF   twice " + run.toUpperCase());
      alice.awaitText("already has an open request of your organisation");
      assertEquals("Draft", alice.text("#referral-status"));
      alice.click("#draft\\:replace-open");
      alice.awaitText("submitted to the secretariat");
      alice.driver().get(first);
      assertEquals("Withdrawn", alice.text("#referral-status"));
      assertTrue(alice.text("#timeline").contains("Replaced by"));
    }
  }

  @Test
  void twoReviewersDecidingAtOnceAreDetectedAndTheSecondKeepsWhatTheyTyped() throws Exception {
    String page;
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      page = submitEmergencyGrant(alice, "Hadiza Concurrent " + run);
      alice.awaitText("submitted to the secretariat");
    }
    try (Browser rita = Browser.open().signIn(portal, "rita"); Browser sam = Browser.open().signIn(portal, "sam")) {
      rita.driver().get(page);
      rita.click(".move-START_REVIEW");
      rita.awaitText("Start the review: done.");
      rita.type("#assign\\:reviewer", "sam");
      rita.click("#assign\\:assign-reviewer");
      rita.awaitText("Assigned to sam.");
      assertTrue(rita.bodyText().contains("Reviewer: sam"));
      sam.driver().get(page);
      rita.driver().get(page);
      rita.click(".move-ACCEPT");
      rita.awaitText("Accept: done.");

      String reason = "The risk is not linked to human rights work.";
      sam.type("#moves\\:reason", reason);
      sam.click(".move-REJECT");
      sam.click(".ui-confirmdialog-yes"); // a decision cannot be undone: the page asks first
      sam.awaitText("Someone else changed this referral in the meantime");
      assertEquals(reason, sam.find("#moves\\:reason").getAttribute("value"));
      sam.driver().get(page);
      assertEquals("Accepted", sam.text("#referral-status"), "the first decision stands, untouched");
    }
  }

  @Test
  void supportingDocumentsAreAttachedCheckedAndListed() throws Exception {
    Path pdf = Files.createTempFile("statement", ".pdf");
    Files.writeString(pdf, "%PDF-1.4\n% a witness statement\n");
    Path fake = Files.createTempFile("fake", ".pdf");
    Files.writeString(fake, "MZ not really a pdf");
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      DraftForm.start(alice, "Emergency grant", "Amal Documents " + run, "Iraq");
      alice.upload("#docs\\:upload_input", pdf);
      alice.awaitText("added.");
      assertTrue(alice.text("#documents").contains(pdf.getFileName().toString()));
      alice.upload("#docs\\:upload_input", fake);
      alice.awaitText("This file was not added");
      assertTrue(!alice.text("#documents").contains(fake.getFileName().toString()), "a refused file is not listed");
    } finally {
      Files.deleteIfExists(pdf);
      Files.deleteIfExists(fake);
    }
  }

  @Test
  void aReviewerNotAssignedSeesPersonalDetailsOnlyAfterGivingAReasonWhichTheOrganisationsAdminSees() throws Exception {
    String defender = "Rasha Glass " + run;
    String page;
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      page = submitEmergencyGrant(alice, defender);
      alice.awaitText("submitted to the secretariat");
    }
    String reference = DraftForm.referenceOf(page);
    try (Browser rita = Browser.open().signIn(portal, "rita")) {
      rita.driver().get(page);
      rita.awaitText("are hidden");
      assertFalse(rita.bodyText().contains(defender), "the name is hidden");
      assertFalse(rita.bodyText().contains("Threats by phone."), "the risk narrative is hidden");
      assertTrue(rita.text("#page-title").contains("R. G."), "initials tell cases apart");
      rita.click("#glass\\:open");
      rita.awaitText("Please give a reason");
      rita.type("#glass\\:why", "The partner called about an immediate threat.");
      rita.click("#glass\\:open");
      rita.awaitText(defender);
      assertTrue(rita.bodyText().contains("Threats by phone."));
    }
    try (Browser adam = Browser.open().signIn(portal, "adam")) {
      adam.click("#nav-audit");
      adam.type("#search\\:reference", reference);
      adam.click("#search\\:find");
      adam.awaitAjax(); // the unfiltered log may already show the line: wait for the search's own table
      adam.awaitText("Personal details opened with a reason");
      String log = adam.text("#search\\:events");
      assertTrue(log.contains("rita") && log.contains("immediate threat"), "the admin sees who opened it and why: " + log);
    }
  }

  /** Fills a small emergency grant request and submits it; returns its page. */
  private String submitEmergencyGrant(Browser browser, String defender) {
    DraftForm.start(browser, "Emergency grant", defender, "Yemen");
    String page = browser.driver().getCurrentUrl();
    DraftForm.next(browser);
    browser.type("#draft\\:situation", "Threats by phone.");
    DraftForm.next(browser);
    browser.click("label[for='draft:measures:0']");
    browser.type("#draft\\:amount_input", "1500");
    DraftForm.next(browser);
    browser.click("#draft\\:consentGiven .ui-chkbox-box");
    browser.click("#draft\\:submit");
    return page;
  }
}
