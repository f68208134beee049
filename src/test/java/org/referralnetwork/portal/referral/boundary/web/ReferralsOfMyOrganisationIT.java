package org.referralnetwork.portal.referral.boundary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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

  private static String tableText(Browser browser) {
    return browser.text("#referrals\\:table");
  }
}
