package org.referralnetwork.portal.hosting.boundary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.referralnetwork.portal.platform.web.LocalFormats;
import org.referralnetwork.portal.testing.Browser;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.DraftForm;

/**
 * A relocation's whole path in real browsers: the host keeps its profile and places, a shelter
 * co-partner refers a defender, the secretariat accepts and offers the relocation to the host, the
 * host accepts, confirms the arrival, reports and records the return, and the secretariat sees it
 * on the timeline and closes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RelocationJourneyIT {

  private static final String HOST = "Casa Refugio Host City";
  private static final String PARTNER = "Safe Harbour Shelter Initiative";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;
  private URL portal;
  private final String run = Long.toString(System.nanoTime() % 1_000_000, 36);
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  @BeforeEach
  void onLoopback() throws Exception {
    portal = Deployments.onLoopback(deployed);
  }

  @Test
  void fromTheSecretariatsOfferToTheHostsAcceptanceToTheReturn() throws Exception {
    try (Browser hana = Browser.open().signIn(portal, "hana")) {
      hana.click("#nav-hosting");
      hana.awaitText("Hosting profile");
      hana.type("#profile\\:cities", "Madrid");
      for (int i = 0; i < 5; i++) {
        hana.click("label[for='profile:provisions:" + i + "']");
        hana.click("label[for='profile:languages:" + i + "']");
      }
      hana.click("#profile\\:save");
      hana.awaitText("The hosting profile is saved.");
      hana.type("#places\\:start", today.toString());
      hana.type("#places\\:end", today.plusYears(1).toString());
      hana.type("#places\\:count_input", "2");
      hana.click("#places\\:add");
      hana.awaitText("The places are added.");
      assertTrue(hana.text("#places\\:table").contains(
          LocalFormats.date(today, Locale.ENGLISH) + " – " + LocalFormats.date(today.plusYears(1), Locale.ENGLISH)));
    }

    String page;
    try (Browser sofia = Browser.open().signIn(portal, "sofia")) {
      DraftForm.start(sofia, "Temporary relocation", "Irina Journey " + run, "Belarus");
      page = sofia.driver().getCurrentUrl();
      DraftForm.next(sofia);
      sofia.type("#draft\\:situation", "Followed and searched after a trial monitoring.");
      DraftForm.next(sofia);
      sofia.click("label[for='draft:measures:8']");
      sofia.type("#draft\\:months_input", "6");
      DraftForm.next(sofia);
      sofia.click("#draft\\:consentGiven .ui-chkbox-box");
      sofia.click("#draft\\:submit");
      sofia.awaitText("submitted to the secretariat");
    }
    String reference = DraftForm.referenceOf(page);

    try (Browser sam = Browser.open().signIn(portal, "sam")) {
      sam.click("#nav-quotas");
      sam.choose("create:partner", PARTNER);
      sam.type("#create\\:slots", "2");
      sam.type("#create\\:reason", "Allotment for the year");
      sam.click("#create\\:save");
      sam.awaitText("Quota created.");
      LocalDate first = today.withDayOfYear(1);
      sam.choose("change:quota", PARTNER + " · TEMPORARY_RELOCATION · " + first + " – " + first.plusYears(1).minusDays(1));
      sam.click("#change\\:waitlist");
      sam.awaitText("the first on the waitlist");

      sam.driver().get(page);
      sam.click(".move-START_REVIEW");
      sam.awaitText("Start the review: done.");
      sam.click(".move-ACCEPT");
      sam.awaitText("Accept: done.");
      assertTrue(sam.find("#hosting\\:needs\\:0").isSelected(), "rest and respite, asked for, is needed of the host");
      sam.click("#hosting\\:find");
      sam.awaitAjax();
      String hostRow = "//tr[td[contains(., '" + HOST + "')]]";
      assertTrue(sam.driver().findElement(By.xpath(hostRow)).getText().contains("matches everything"));
      sam.driver().findElement(By.xpath(hostRow + "//button[contains(@class, 'offer-to')]")).click();
      sam.awaitText("The relocation is offered to the host.");
      assertEquals("Offered to a host", sam.text("#referral-status"));
      assertTrue(sam.text("#offer-history").contains(HOST));
    }

    String offerPage;
    try (Browser hana = Browser.open().signIn(portal, "hana")) {
      hana.click("#nav-offers");
      hana.driver().findElement(By.linkText(reference)).click();
      hana.awaitText("Offer " + reference);
      offerPage = hana.driver().getCurrentUrl();
      assertTrue(hana.text("#offer-defender").startsWith("Withheld"), "the defender did not agree to share their identity");
      assertFalse(hana.bodyText().contains("Followed and searched"), "the host never sees the risk narrative");
      hana.type("#answer\\:budget_input", "9000");
      hana.click("#answer\\:accept");
      hana.awaitText("You accepted the relocation.");
      assertEquals("Planned", hana.text("#relocation-status"));
      hana.click("#run\\:arrive");
      hana.awaitText("The arrival is confirmed.");
      hana.type("#run\\:text", "Settled in; first meeting with a lawyer on Monday.");
      hana.click("#run\\:send-report");
      hana.awaitText("Your report is added.");
      assertTrue(hana.text("#relocation-reports").contains("first meeting with a lawyer"));
      hana.click("#run\\:return");
      hana.click(".ui-confirmdialog-yes");
      hana.awaitText("The return is recorded.");
      hana.choose("run:outcome", "Continues their human rights work at home");
      hana.click("#run\\:save-follow-up");
      hana.awaitText("The follow-up is saved.");
      assertTrue(hana.text("#relocation-follow-up").contains("at home"));
    }

    try (Browser sofia = Browser.open().signIn(portal, "sofia")) {
      sofia.driver().get(offerPage);
      sofia.awaitText("Page not found");
      assertFalse(sofia.bodyText().contains(reference), "another host never sees the offer, even with its address");
      sofia.driver().get(page);
      assertEquals(HOST, sofia.text("#relocation-host"), "the referring partner follows its referral's relocation");
    }

    try (Browser sam = Browser.open().signIn(portal, "sam")) {
      sam.driver().get(page);
      assertEquals("Returned", sam.text("#referral-status"));
      assertEquals(HOST, sam.text("#relocation-host"));
      assertTrue(sam.text("#timeline").contains("Host accepted"), "the referral's timeline has every step");
      sam.click("#nav-relocations");
      sam.awaitText("Who is where, until when");
      assertTrue(sam.text("#relocations").contains(reference));
      assertTrue(sam.text("#timeline").contains(reference), "the relocation is on the timeline");
      sam.driver().get(page);
      sam.click(".move-CLOSE");
      sam.click(".ui-confirmdialog-yes");
      sam.awaitText("Close: done.");
      assertEquals("Closed", sam.text("#referral-status"));
    }
  }
}
