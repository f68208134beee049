package org.referralnetwork.portal.referral.boundary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.referralnetwork.portal.testing.Browser;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.PartnerApiClient;

/**
 * The walking skeleton as people use it: log in through the real Keycloak login page in a real
 * browser, see your organisation's referrals and no one else's, start a draft, make a mistake.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralsOfMyOrganisationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  private static final String GRANT = """
      {"programme": "EMERGENCY_GRANT", "urgency": "HIGH", "language": "EN", "nameOrAlias": "%s",
       "countryCode": "SY", "humanRightsWork": "Documents detentions.", "riskSituation": "Threatened after a report.",
       "safeContact": "Signal via the partner", "measures": ["LEGAL_AID"], "amountEur": 1500, "consentGiven": true}
      """;

  @ArquillianResource URL deployed;
  private URL portal;

  @BeforeEach
  void onLoopback() throws Exception {
    portal = Deployments.onLoopback(deployed);
  }

  private final String run = Long.toString(System.nanoTime() % 1_000_000, 36);

  @Test
  void eachOrganisationSeesItsOwnDraftsAndNoOneElseDoes() throws Exception {
    String alphaDefender = "Amina Alpha " + run;
    String betaDefender = "Борис Бета " + run;
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      assertEquals("Alpha Defenders Network", alice.text("#organisation-name"));
      assertEquals("Referrals of my organisation", alice.text("#page-title"));
      saveDraft(alice, "Emergency grant", alphaDefender, "Syria");
    }
    try (Browser bruno = Browser.open().signIn(portal, "bruno")) {
      assertEquals("Beta Rights Watch", bruno.text("#organisation-name"));
      saveDraft(bruno, "Temporary relocation", betaDefender, "Russia");
      assertTrue(tableText(bruno).contains(betaDefender));
      assertFalse(tableText(bruno).contains(alphaDefender), "Beta must not see Alpha's referral");
    }
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      assertTrue(tableText(alice).contains(alphaDefender));
      assertFalse(tableText(alice).contains(betaDefender), "Alpha must not see Beta's referral");
    }
    try (Browser sam = Browser.open().signIn(portal, "sam")) {
      assertEquals("Mechanism Secretariat", sam.text("#organisation-name"));
      assertEquals("Referrals of all organisations", sam.text("#page-title"));
      String table = tableText(sam);
      // a draft is its organisation's own until it is submitted, even for the secretariat
      assertFalse(table.contains(alphaDefender) || table.contains(betaDefender), table);
      assertFalse(table.contains("Б. Б."), "not even by initials: " + table);
      assertFalse(sam.bodyText().contains("Start a new referral"), "the secretariat does not refer");
    }
  }

  @Test
  void badInputShowsAMessageAndKeepsWhatWasTyped() throws Exception {
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      alice.choose("draft:programme", "Temporary relocation");
      alice.choose("draft:country", "Lebanon");
      alice.type("#draft\\:name", "X");
      alice.click("#draft\\:save");
      alice.awaitAjax();
      alice.awaitText("The name or alias must have between 2 and 200 characters.");
      assertEquals("X", alice.find("#draft\\:name").getAttribute("value"));
      assertEquals("Lebanon", alice.text("#draft\\:country_label"));
      assertEquals("Temporary relocation", alice.text("#draft\\:programme_label"));

      alice.type("#draft\\:name", "");
      alice.click("#draft\\:save");
      alice.awaitAjax();
      alice.awaitText("Enter the defender's name or an alias.");
      assertEquals("Lebanon", alice.text("#draft\\:country_label"));

      alice.type("#draft\\:name", "Nour " + run);
      alice.click("#draft\\:save");
      alice.awaitText("saved.");
      assertEquals("Nour " + run, alice.find("#draft\\:name").getAttribute("value"), "the draft continues on its page");
      alice.click("#nav-referrals");
      assertTrue(tableText(alice).contains("Nour " + run));
    }
  }

  @Test
  void theFilterNarrowsTheListPagingKeepsItAndTheTableCountsForIt() throws Exception {
    // twelve referrals of this run, named with one shared word; three of them submitted
    String word = "Filtered" + run;
    PartnerApiClient api = new PartnerApiClient(deployed);
    String token = api.token("api-partner-a", "demo-api-partner-a-secret");
    for (int i = 0; i < 12; i++) {
      HttpResponse<String> created = api.post(api.api() + "/referrals", token,
          GRANT.formatted("Person" + (char) ('a' + i) + " " + word), UUID.randomUUID().toString());
      assertEquals(201, created.statusCode(), created.body());
      if (i < 3) {
        long id = PartnerApiClient.json(created).getJsonNumber("id").longValue();
        assertEquals(200, api.post(api.api() + "/referrals/" + id + "/submit", token, "", null).statusCode());
      }
    }
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      alice.type("#referrals\\:text", word);
      alice.click("#referrals\\:apply");
      alice.awaitAjax();
      assertEquals(10, rowsWith(alice, word), tableText(alice));
      assertEquals(2, pages(alice), "twelve rows, ten a page");

      alice.awaitAjax();
      alice.driver().findElement(By.xpath("//*[@id='referrals:table_paginator_bottom']"
          + "//*[contains(@class, 'ui-paginator-page') and normalize-space() = '2']")).click();
      alice.awaitAjax();
      assertEquals(2, rowsWith(alice, word), "the second page keeps the filter: " + tableText(alice));

      alice.choose("referrals:programme", "Emergency grant");
      alice.click("#referrals\\:apply");
      alice.awaitAjax();
      assertEquals(10, rowsWith(alice, word), "a new filter starts at the first page: " + tableText(alice));
      assertEquals("1", alice.text("#referrals\\:table_paginator_bottom .ui-paginator-page.ui-state-active"));

      alice.choose("referrals:status", "Submitted");
      alice.click("#referrals\\:apply");
      alice.awaitAjax();
      assertEquals(3, rowsWith(alice, word), tableText(alice));
      assertEquals(1, pages(alice), "counted again for the new filter");
      assertFalse(tableText(alice).contains("Draft"), tableText(alice));

      alice.click("#referrals\\:clear");
      alice.awaitAjax();
      assertEquals("", alice.find("#referrals\\:text").getAttribute("value"));
      assertTrue(pages(alice) >= 2, "the whole list again");
    }
  }

  @Test
  void aUserOfNoOrganisationOrOfSeveralIsToldSoAndSeesNoReferral() throws Exception {
    try (Browser nora = Browser.open().signIn(portal, "nora")) {
      assertEquals("Your account is not linked to one organisation", nora.text("#no-organisation"));
      assertTrue(nora.bodyText().contains("not a member of any organisation"));
      assertFalse(nora.bodyText().contains("Reference"));
    }
    try (Browser dual = Browser.open().signIn(portal, "dual")) {
      assertEquals("Your account is not linked to one organisation", dual.text("#no-organisation"));
      assertTrue(dual.bodyText().contains("member of several organisations"));
    }
  }

  @Test
  void signingOutEndsTheKeycloakSessionToo() throws Exception {
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      alice.click("#header\\:sign-out");
      assertEquals("You are signed out", alice.text("#signed-out"));
      alice.driver().get(portal + "referrals.xhtml");
      // no silent login: Keycloak asks for the username again
      alice.find("#username");
    }
  }

  private static void saveDraft(Browser browser, String programme, String defender, String country) {
    browser.choose("draft:programme", programme);
    browser.type("#draft\\:name", defender);
    browser.choose("draft:country", country);
    browser.click("#draft\\:save");
    browser.awaitText("saved.");
    browser.click("#nav-referrals");
    browser.find("#referrals\\:table");
  }

  private static long rowsWith(Browser browser, String word) {
    return browser.driver().findElements(By.cssSelector("#referrals\\:table_data tr")).stream()
        .filter(row -> row.getText().contains(word)).count();
  }

  private static int pages(Browser browser) {
    return browser.driver().findElements(By.cssSelector("#referrals\\:table_paginator_bottom .ui-paginator-page")).size();
  }

  private static String tableText(Browser browser) {
    return browser.text("#referrals\\:table");
  }
}
