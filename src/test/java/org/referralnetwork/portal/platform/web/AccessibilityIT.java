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

  /** English, left to right, and Arabic, right to left. */
  private static final List<String> LANGUAGES = List.of("en", "ar");

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
      try {
        for (String language : LANGUAGES) {
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
      } finally {
        // the language is remembered per user: give the other tests their English back
        alice.driver().get(portal + "referrals.xhtml");
        speak(alice, LANGUAGES.get(0));
      }
    }
    checkAs("rita", new Page("secretariat/review-queue.xhtml", "review-queue", true),
        new Page("referral.xhtml?id=" + submitted, "referral", true), new Page("audit.xhtml", "audit", false),
        new Page("secretariat/complaints.xhtml", "complaints", false));
    checkAs("sam", new Page("secretariat/quotas.xhtml", "quotas", true), new Page("relocations.xhtml", "relocations", true),
        new Page("secretariat/personal-data.xhtml", "personal-data", false));
    checkAs("hana", new Page("hosting/profile.xhtml", "hosting-profile", true), new Page("hosting/offers.xhtml", "offers", false));
    checkAs("adam", new Page("members.xhtml", "members", false));
    checkAs(null, new Page("public/complaint.xhtml", "complaint", true),
        new Page("public/complaint-status.xhtml", "complaint-status", false));
    assertNoViolations();
  }

  @Test
  void aReferrerSubmitsAReferralWithTheKeyboardAlone() throws Exception {
    try (Browser alice = open().signIn(portal, "alice")) {
      alice.find("#draft\\:programme");
      tabTo(alice, "#draft\\:programme");
      chooseByKeyboard(alice, "draft:programme", "Emergency grant");
      keys(alice, "#draft\\:name", "Samira Keys " + run);
      tabTo(alice, "#draft\\:country");
      chooseByKeyboard(alice, "draft:country", "Yemen");
      keys(alice, "#draft\\:save", Keys.ENTER);
      alice.awaitText("Draft R-");

      // the defender: already filled in from the new draft
      alice.find("#draft\\:wizard");
      check(alice, null, "keyboard wizard step 1", "en", false);
      keys(alice, "#draft\\:pronouns", "she/her");
      next(alice);
      // the risk
      keys(alice, "#draft\\:situation", "Threats by phone after a report on detentions.");
      check(alice, null, "keyboard wizard step 2", "en", false);
      next(alice);
      // the support asked for: a small grant for security measures
      keys(alice, "#draft\\:measures\\:0", Keys.SPACE);
      keys(alice, "#draft\\:amount_input", "1500");
      check(alice, null, "keyboard wizard step 3", "en", false);
      next(alice);
      // the defender's consent, then submit
      keys(alice, "#draft\\:consentGiven_input", Keys.SPACE);
      keys(alice, ".radio-choice", Keys.SPACE);
      alice.find(".radio-choice .ui-radiobutton-box.ui-state-active");
      check(alice, null, "keyboard wizard step 4", "en", false);
      keys(alice, "#draft\\:submit", Keys.ENTER);
      alice.awaitText("submitted to the secretariat");
      assertEquals("Submitted", alice.text("#referral-status"));
    }
    assertNoViolations();
  }

  private void assertNoViolations() {
    assertTrue(violations.isEmpty(), "serious or critical WCAG 2.1 AA violations:\n" + String.join("\n", violations));
  }

  /** A page to check: its address, its name in the report and the screenshot, and whether to keep one. */
  private record Page(String path, String name, boolean screenshot) {}

  /** Signs the person in (nobody: not signed in) and checks their pages, in English, then in Arabic. */
  private void checkAs(String user, Page... pages) throws IOException {
    try (Browser browser = user == null ? open() : open().signIn(portal, user)) {
      if (user == null) {
        browser.driver().get(portal + pages[0].path());
      }
      try {
        for (String language : LANGUAGES) {
          speak(browser, language);
          for (Page page : pages) {
            check(browser, page.path(), page.name(), language, page.screenshot());
          }
        }
      } finally {
        // the language is remembered per user: give the other tests their English back
        if (user != null) {
          browser.driver().get(portal + "referrals.xhtml");
          speak(browser, LANGUAGES.get(0));
        }
      }
    }
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

  /** TAB to the element, then the keys to it. */
  private static void keys(Browser browser, String css, CharSequence... keys) {
    tabTo(browser, css);
    press(browser.driver(), keys);
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
