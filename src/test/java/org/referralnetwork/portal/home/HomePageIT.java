package org.referralnetwork.portal.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.referralnetwork.portal.testing.Browser;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.PortalSession;
import org.referralnetwork.portal.testing.TestDatabase;
import org.referralnetwork.portal.testing.TestRows;

/**
 * The home page per role, with real logins: a referrer sees what waits for her answer and never
 * another organisation's; the secretariat sees urgent referrals and overdue offers without names;
 * a host sees the offer waiting for it; an empty block says what to do; and on a phone's width the
 * home page and the referrals list fit the screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  private final TestRows rows = new TestRows();

  @Test
  void everyRoleSeesWhatWaitsForItAndNothingOfOthers() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    PortalSession alice = PortalSession.signIn(portal, "alice");
    PortalSession.signIn(portal, "bruno"); // registers Beta
    PortalSession hana = PortalSession.signIn(portal, "hana");
    String run = UUID.randomUUID().toString().substring(0, 8);
    long alphaAsked;
    long betaAsked;
    long urgent;
    long offered;
    try (Connection db = TestDatabase.portalSchema().getConnection()) {
      String alpha = TestRows.organisationId(db, "partner-a");
      // ten years old: first in lists sorted oldest first, whatever other tests left in the database
      alphaAsked = rows.insertReferral(db, alpha, "EMERGENCY_GRANT", "INFORMATION_REQUESTED", "Amal Asked " + run, 120);
      betaAsked = rows.insertReferral(db, TestRows.organisationId(db, "partner-b"), "EMERGENCY_GRANT", "INFORMATION_REQUESTED",
          "Boris Beta " + run, 120);
      urgent = rows.insertReferral(db, alpha, "EMERGENCY_GRANT", "SUBMITTED", "Uma Urgent " + run, 120);
      update(db, "UPDATE referral SET urgency = 'URGENT' WHERE id = ?", urgent);
      long relocation = rows.insertReferral(db, alpha, "TEMPORARY_RELOCATION", "HOST_OFFERED", "Olga Offered " + run, 1);
      offered = TestRows.insertOffer(db, relocation, TestRows.organisationId(db, "host-city"));
      update(db, "UPDATE relocation_offer SET answer_due = NOW(6) - INTERVAL 3650 DAY WHERE id = ?", offered);
    }

    // the referrer: her referral waits for her answer; Beta's does not exist for her
    String alicesHome = alice.get("home.xhtml").body();
    String asked = section(alicesHome, "information-requested");
    assertTrue(asked.contains(reference(alphaAsked)), asked);
    assertFalse(alicesHome.contains(reference(betaAsked)), "another organisation's referral never shows");
    assertFalse(alicesHome.contains("Amal Asked"), "references, not names");
    assertTrue(alicesHome.contains("id=\"drafts\"") && alicesHome.contains("id=\"my-slots\""));
    assertFalse(alicesHome.contains("id=\"urgent\""), "no secretariat block for a partner");
    assertFalse(alicesHome.contains("id=\"offers-waiting\""), "no host block for a consortium partner");

    // the secretariat: the urgent referral and the overdue offer, by reference only
    PortalSession rita = PortalSession.signIn(portal, "rita");
    String ritasHome = rita.get("home.xhtml").body();
    assertTrue(section(ritasHome, "urgent").contains(reference(urgent)), section(ritasHome, "urgent"));
    assertTrue(section(ritasHome, "overdue-offers").contains(reference(offeredReferral(offered))), section(ritasHome, "overdue-offers"));
    assertTrue(ritasHome.contains("id=\"queue\"") && ritasHome.contains("id=\"new-complaints\"")
        && ritasHome.contains("id=\"quotas-nearly-used\""));
    assertFalse(ritasHome.contains("Uma Urgent") || ritasHome.contains("U. U."), "no names at the secretariat");
    assertFalse(ritasHome.contains("id=\"information-requested\""), "no partner block for the secretariat");

    // the host: the offer waits for its answer
    String hanasHome = hana.get("home.xhtml").body();
    String offers = section(hanasHome, "offers-waiting");
    assertTrue(offers.contains("hosting/offer.xhtml?id=" + offered), offers);
    assertTrue(hanasHome.contains("id=\"relocations-soon\""));

    // an empty block says so and what to do
    String chloesHome = PortalSession.signIn(portal, "chloe").get("home.xhtml").body();
    assertTrue(section(chloesHome, "information-requested").contains(text("home.informationRequested.empty")), chloesHome);
    assertTrue(section(chloesHome, "information-requested").contains("home-empty"));

    // the welcome page is the home page
    HttpResponse<String> root = alice.get("");
    assertTrue(root.body().contains(text("home.title")), "the portal opens on the home page");
  }

  @Test
  void onAPhonesWidthNothingRunsOffTheScreen() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    try (Browser alice = Browser.open().signIn(portal, "alice")) {
      alice.driver().manage().window().setSize(new Dimension(375, 812));
      for (String page : new String[] {"home.xhtml", "referrals.xhtml"}) {
        alice.driver().get(portal + page);
        alice.find("#page-title");
        alice.awaitAjax();
        Object fits = ((JavascriptExecutor) alice.driver()).executeScript(
            "return [document.documentElement.scrollWidth, window.innerWidth];");
        java.util.List<?> widths = (java.util.List<?>) fits;
        long scroll = ((Number) widths.get(0)).longValue();
        long inner = ((Number) widths.get(1)).longValue();
        assertTrue(scroll <= inner, page + " is " + scroll + " px wide on a screen of " + inner + " px; too wide: "
            + ((JavascriptExecutor) alice.driver()).executeScript(
                "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth)"
                    + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');"));
      }
      alice.click("#nav-home");
      alice.awaitText(text("home.title"));
      assertEquals(text("home.title"), alice.text("#page-title"));
    }
  }

  private static String section(String page, String id) {
    Matcher matcher = Pattern.compile("<section id=\"" + id + "\".*?</section>", Pattern.DOTALL).matcher(page);
    assertTrue(matcher.find(), "the page has the block " + id + ": " + page);
    return matcher.group();
  }

  private static String reference(long referral) {
    return String.format("R-%06d", referral);
  }

  private static long offeredReferral(long offer) throws Exception {
    try (Connection db = TestDatabase.portalSchema().getConnection();
        PreparedStatement statement = db.prepareStatement("SELECT referral_id FROM relocation_offer WHERE id = ?")) {
      statement.setLong(1, offer);
      try (ResultSet row = statement.executeQuery()) {
        assertTrue(row.next());
        return row.getLong(1);
      }
    }
  }

  private static void update(Connection db, String sql, long id) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setLong(1, id);
      assertEquals(1, statement.executeUpdate(), sql);
    }
  }


  private static String text(String key) {
    return ResourceBundle.getBundle("org.referralnetwork.portal.i18n.messages", java.util.Locale.ENGLISH).getString(key);
  }
}
