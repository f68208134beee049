package org.referralnetwork.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.referralnetwork.portal.testing.Accessibility;
import org.referralnetwork.portal.testing.Browser;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.TestDatabase;
import org.referralnetwork.portal.testing.TestRows;

/**
 * WCAG 2.1 AA in real browsers: axe-core finds no serious or critical violation on any main page,
 * as the people who use it see it, in English (left to right) and Arabic (right to left); a
 * referrer takes a referral from the new draft to "submitted" with the keyboard alone. On the way
 * the test keeps screenshots of the main pages in both languages in docs/screenshots (README).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("portal.basedir", ".")).resolve("docs").resolve("screenshots");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;
  private URL portal;
  private final String run = Long.toString(System.nanoTime() % 1_000_000, 36);
  private final List<String> violations = new ArrayList<>();

  @BeforeEach
  void onLoopback() throws Exception {
    portal = Deployments.onLoopback(deployed);
  }

  @Test
  void everyMainPageHasNoSeriousViolationInEnglishOrArabic() throws Exception {
    long draft;
    long submitted;
    try (Browser alice = open().signIn(portal, "alice")) {
      try (Connection db = TestDatabase.portalSchema().getConnection()) {
        TestRows rows = new TestRows();
        String alpha = organisationId(db, "partner-a");
        draft = rows.insertReferral(db, alpha, "EMERGENCY_GRANT", "DRAFT", "Mariam Haddad", 0);
        submitted = rows.insertReferral(db, alpha, "TEMPORARY_RELOCATION", "SUBMITTED", "Daniel Okafor", 0);
      }
      for (String language : List.of("en", "ar")) {
        speak(alice, language);
        check(alice, "referrals.xhtml", "referrals", language, true);
        check(alice, "referral.xhtml?id=" + draft, "referral-draft", language, true);
        for (int step = 2; step <= 4; step++) {
          alice.click(".ui-wizard-nav-next");
          alice.awaitAjax();
          check(alice, null, "referral-draft step " + step, language, false);
        }
        check(alice, "feedback.xhtml", "feedback", language, false);
      }
    }
    try (Browser rita = open().signIn(portal, "rita")) {
      for (String language : List.of("en", "ar")) {
        speak(rita, language);
        check(rita, "secretariat/review-queue.xhtml", "review-queue", language, true);
        check(rita, "referral.xhtml?id=" + submitted, "referral", language, true);
        check(rita, "audit.xhtml", "audit", language, false);
        check(rita, "secretariat/complaints.xhtml", "complaints", language, false);
      }
    }
    try (Browser sam = open().signIn(portal, "sam")) {
      for (String language : List.of("en", "ar")) {
        speak(sam, language);
        check(sam, "secretariat/quotas.xhtml", "quotas", language, true);
        check(sam, "relocations.xhtml", "relocations", language, true);
        check(sam, "secretariat/personal-data.xhtml", "personal-data", language, false);
      }
    }
    try (Browser hana = open().signIn(portal, "hana")) {
      for (String language : List.of("en", "ar")) {
        speak(hana, language);
        check(hana, "hosting/profile.xhtml", "hosting-profile", language, true);
        check(hana, "hosting/offers.xhtml", "offers", language, false);
      }
    }
    try (Browser adam = open().signIn(portal, "adam")) {
      for (String language : List.of("en", "ar")) {
        speak(adam, language);
        check(adam, "members.xhtml", "members", language, false);
      }
    }
    try (Browser visitor = open()) {
      visitor.driver().get(portal + "public/complaint.xhtml");
      for (String language : List.of("en", "ar")) {
        speak(visitor, language);
        check(visitor, "public/complaint.xhtml", "complaint", language, true);
        check(visitor, "public/complaint-status.xhtml", "complaint-status", language, false);
      }
    }
    assertTrue(violations.isEmpty(), "serious or critical WCAG 2.1 AA violations:\n" + String.join("\n", violations));
  }

  @Test
  void aReferrerSubmitsAReferralWithTheKeyboardAlone() throws Exception {
    try (Browser alice = open().signIn(portal, "alice")) {
      WebDriver driver = alice.driver();
      alice.find("#draft\\:programme");
      tabTo(alice, "#draft\\:programme");
      chooseByKeyboard(alice, "draft:programme", "Emergency grant");
      tabTo(alice, "#draft\\:name");
      press(driver, "Samira Keys " + run);
      tabTo(alice, "#draft\\:country");
      chooseByKeyboard(alice, "draft:country", "Yemen");
      tabTo(alice, "#draft\\:save");
      press(driver, Keys.ENTER);
      alice.awaitText("Draft R-");

      // the defender: already filled in from the new draft
      alice.find("#draft\\:wizard");
      check(alice, null, "keyboard wizard step 1", "en", false);
      tabTo(alice, "#draft\\:pronouns");
      press(driver, "she/her");
      next(alice);
      // the risk
      tabTo(alice, "#draft\\:situation");
      press(driver, "Threats by phone after a report on detentions.");
      check(alice, null, "keyboard wizard step 2", "en", false);
      next(alice);
      // the support asked for: a small grant for security measures
      tabTo(alice, "#draft\\:measures\\:0");
      press(driver, Keys.SPACE);
      tabTo(alice, "#draft\\:amount_input");
      press(driver, "1500");
      check(alice, null, "keyboard wizard step 3", "en", false);
      next(alice);
      // the defender's consent, then submit
      tabTo(alice, "#draft\\:consentGiven_input");
      press(driver, Keys.SPACE);
      tabTo(alice, ".radio-choice");
      press(driver, Keys.SPACE);
      alice.find(".radio-choice .ui-radiobutton-box.ui-state-active");
      check(alice, null, "keyboard wizard step 4", "en", false);
      tabTo(alice, "#draft\\:submit");
      press(driver, Keys.ENTER);
      alice.awaitText("submitted to the secretariat");
      assertEquals("Submitted", alice.text("#referral-status"));
    }
    assertTrue(violations.isEmpty(), "serious or critical WCAG 2.1 AA violations:\n" + String.join("\n", violations));
  }

  private static Browser open() throws IOException {
    Browser browser = Browser.open();
    browser.driver().manage().window().setSize(new Dimension(1280, 900));
    return browser;
  }

  /** Opens the page (or stays on the current one), runs axe on it, and keeps a screenshot if asked. */
  private void check(Browser browser, String page, String name, String language, boolean screenshot) throws IOException {
    if (page != null) {
      browser.driver().get(portal + page);
    }
    browser.find("h1");
    browser.awaitAjax();
    for (String violation : Accessibility.seriousViolations(browser.driver())) {
      violations.add(name + " (" + language + "): " + violation);
      System.out.println("AXE " + name + " (" + language + "): " + violation);
    }
    if (screenshot) {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + "-" + language + ".png"),
          ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }
  }

  /** Switches the portal's language with the menu in the header, as a person does. */
  private static void speak(Browser browser, String language) {
    String lang = browser.find("html").getAttribute("lang");
    if (language.equals(lang)) {
      return;
    }
    browser.choose("header:language", language.equals("ar") ? "العربية" : "English");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> language.equals(((JavascriptExecutor) d).executeScript("return document.documentElement.lang;")));
    browser.awaitAjax();
  }

  // --- the keyboard alone: keys go to the element that has the focus, never a click

  private static void press(WebDriver driver, CharSequence... keys) {
    driver.switchTo().activeElement().sendKeys(keys);
  }

  /** Presses TAB until the focus is on (or inside) the element; fails if TAB never gets there. */
  private static void tabTo(Browser browser, String css) {
    WebDriver driver = browser.driver();
    List<String> path = new ArrayList<>();
    for (int presses = 0; presses < 120; presses++) {
      if (focusIsIn(driver, css)) {
        return;
      }
      press(driver, Keys.TAB);
      path.add(String.valueOf(((JavascriptExecutor) driver).executeScript(
          "var e = document.activeElement; return e.tagName + '#' + e.id + '.' + e.className;")));
    }
    fail("TAB does not reach " + css + "; the focus went " + String.join(" > ", path));
  }

  private static boolean focusIsIn(WebDriver driver, String css) {
    return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
        "var target = document.querySelector(arguments[0]);"
            + "return target !== null && (target === document.activeElement || target.contains(document.activeElement));",
        css));
  }

  /** With the focus on a menu: types the option's first letters, then arrows down until it is chosen. */
  private static void chooseByKeyboard(Browser browser, String menuId, String label) {
    WebDriver driver = browser.driver();
    By shown = By.id(menuId + "_label");
    press(driver, label);
    for (int presses = 0; presses < 300 && !label.equals(driver.findElement(shown).getText()); presses++) {
      press(driver, Keys.ARROW_DOWN);
    }
    assertEquals(label, driver.findElement(shown).getText(), "chosen with the keyboard in " + menuId);
  }

  /** The wizard's next step, with ENTER on its "Next" button. */
  private static void next(Browser browser) {
    tabTo(browser, ".ui-wizard-nav-next");
    press(browser.driver(), Keys.ENTER);
    browser.awaitAjax();
  }

  private static String organisationId(Connection db, String alias) throws Exception {
    try (PreparedStatement statement = db.prepareStatement("SELECT id FROM organisation WHERE alias = ?")) {
      statement.setString(1, alias);
      try (ResultSet row = statement.executeQuery()) {
        assertTrue(row.next(), "organisation " + alias);
        return row.getString(1);
      }
    }
  }
}
