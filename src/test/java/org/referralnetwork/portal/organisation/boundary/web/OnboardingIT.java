package org.referralnetwork.portal.organisation.boundary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.referralnetwork.portal.testing.Browser;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.KeycloakUsers;
import org.referralnetwork.portal.testing.MailCatcher;
import org.referralnetwork.portal.testing.TestDatabase;

/**
 * Onboarding from the portal against the real Keycloak, GreenMail and Chromium: the secretariat
 * registers an organisation (Keycloak has it, with its attributes and domain) and suspends one
 * (its member is refused at the next click, and let in again after reactivation); an
 * organisation's admin invites a colleague, whose e-mail leads through Keycloak's own pages into
 * the portal inside the right organisation, then removes them (refused at their next click), and
 * cannot reach another organisation's members (refused, audited) nor invite a member of another.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnboardingIT {

  private static final Pattern LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?\\S+");
  private static final String REFUSED = "SELECT COUNT(*) FROM audit_event WHERE actor = 'adam' AND action = 'ACCESS_REFUSED'";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  @Test
  void theSecretariatRegistersAnOrganisationAndSuspendsAnother() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    try (Browser sam = Browser.open().signIn(portal, "sam"); Browser chloe = Browser.open().signIn(portal, "chloe")) {
      sam.driver().get(portal + "secretariat/organisations.xhtml");
      sam.type("#register\\:name", "Gamma Защита Network");
      sam.click("label[for='register:kinds:0']");
      sam.click("label[for='register:kinds:3']");
      sam.type("#register\\:domain", "gamma-defence.example.org");
      sam.choose("register:country", "Kenya");
      sam.type("#register\\:contact", "office@gamma-defence.example.org");
      sam.click("#register\\:register-organisation");
      sam.awaitText("is registered");

      JsonObject gamma = organisation("Gamma Защита Network");
      JsonObject attributes = gamma.getJsonObject("attributes");
      assertEquals(List.of("CONSORTIUM_PARTNER", "CANADA_REFERRAL_PARTNER"), strings(attributes.getJsonArray("kind")));
      assertEquals(List.of("KE"), strings(attributes.getJsonArray("country")));
      assertEquals(List.of("office@gamma-defence.example.org"), strings(attributes.getJsonArray("contact")));
      assertEquals("gamma-defence.example.org", gamma.getJsonArray("domains").getJsonObject(0).getString("name"));
      assertTrue(gamma.getBoolean("enabled"));
      assertEquals(1, count("SELECT COUNT(*) FROM organisation WHERE id = ?", gamma.getString("id")), "the portal's row");

      assertEquals("Maple Refuge Partners", chloe.text("#organisation-name"));
      String maple = organisation("Maple Refuge Partners").getString("id");
      sam.driver().get(portal + "secretariat/organisations.xhtml");
      sam.choose("suspension:organisation", "Maple Refuge Partners");
      sam.type("#suspension\\:reason", "Partnership agreement under review");
      sam.click("#suspension\\:suspend");
      sam.click(".ui-confirmdialog-yes");
      sam.awaitText("The organisation is suspended.");
      try {
        assertFalse(organisation("Maple Refuge Partners").getBoolean("enabled"), "Keycloak holds it disabled");
        Thread.sleep(1500); // the portal asks Keycloak again at most every second in the tests
        chloe.click("#nav-referrals");
        chloe.awaitText("Your organisation is suspended");
        assertFalse(chloe.bodyText().contains("Maple Refuge Partners"), "nothing of the organisation is shown");
        assertEquals(1, count("SELECT COUNT(*) FROM organisation WHERE id = ? AND suspended_at IS NOT NULL", maple));
      } finally {
        sam.choose("suspension:organisation", "Maple Refuge Partners");
        sam.click("#suspension\\:reactivate");
        sam.click(".ui-confirmdialog-yes");
        sam.awaitText("The organisation is active again.");
      }
      Thread.sleep(1500);
      chloe.driver().get(portal + "referrals.xhtml");
      assertEquals("Maple Refuge Partners", chloe.text("#organisation-name"), "reactivated, access again");
      assertTrue(count("SELECT COUNT(*) FROM audit_event WHERE actor = 'sam' AND action IN "
          + "('ORGANISATION_REGISTERED', 'ORGANISATION_SUSPENDED', 'ORGANISATION_REACTIVATED')", null) >= 3);
    }
  }

  @Test
  void anInvitedColleagueSignsUpThroughKeycloakIntoTheOrganisationAndIsRefusedOnceRemoved() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    String email = "new.colleague@alpha-defenders.example.org";
    try (Browser adam = Browser.open().signIn(portal, "adam")) {
      adam.driver().get(portal + "members.xhtml");
      adam.type("#invite\\:email", email);
      adam.type("#invite\\:first-name", "Noor");
      adam.type("#invite\\:last-name", "Haddad");
      adam.choose("invite:role", "Referrer");
      adam.click("#invite\\:send-invitation");
      adam.awaitText("The invitation is sent.");
      assertTrue(adam.text("#list\\:members").contains("Invited"), "a member until the password is set, shown as invited");

      adam.type("#invite\\:email", email); // the e-mail went astray: the same invitation again
      adam.type("#invite\\:first-name", "Noor");
      adam.type("#invite\\:last-name", "Haddad");
      adam.choose("invite:role", "Referrer");
      adam.click("#invite\\:send-invitation");
      adam.awaitAjax();
      String mail = MailCatcher.await(m -> m.to().contains(email), 2, Duration.ofSeconds(30)).get(1).body();
      Matcher link = LINK.matcher(mail);
      assertTrue(link.find(), mail);
      try (Browser noor = Browser.open()) {
        setPasswordThroughKeycloak(noor.driver(), link.group().replace("&amp;", "&"));
        signInIfAsked(noor.driver(), portal, email);
        assertEquals("Alpha Defenders Network", noor.text("#organisation-name"), "inside the right organisation");

        adam.driver().get(portal + "members.xhtml");
        assertTrue(adam.bodyText().contains(email), "the new member is on the list");
        adam.choose("manage:member", email);
        adam.click("#manage\\:remove");
        adam.click(".ui-confirmdialog-yes");
        adam.awaitText("The member is removed.");
        Thread.sleep(1500);
        noor.click("#nav-referrals");
        noor.awaitText("not linked to one organisation");
      }
    } finally {
      deleteUser(email);
    }
  }

  @Test
  void anOrganisationsAdminCannotReachAnotherOrganisationsMembersNorInviteTheirs() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    String beta = organisation("Beta Rights Watch").getString("id");
    int refusedBefore = count(REFUSED, null);
    try (Browser adam = Browser.open().signIn(portal, "adam")) {
      adam.driver().get(portal + "members.xhtml?organisation=" + beta);
      adam.awaitText("only the members of your own organisation");
      assertFalse(adam.bodyText().contains("bruno"), "Beta's member is not listed");
      adam.type("#invite\\:email", "someone@beta-rights.example.org");
      adam.type("#invite\\:first-name", "Some");
      adam.type("#invite\\:last-name", "One");
      adam.click("#invite\\:send-invitation"); // no role to choose: the page offers none for another organisation
      adam.awaitAjax();
      assertTrue(adam.bodyText().contains("only the members of your own organisation"), adam.bodyText());
      assertTrue(count(REFUSED, null) >= refusedBefore + 2, "both attempts are in the audit log");

      adam.driver().get(portal + "members.xhtml");
      adam.type("#invite\\:email", "bruno@beta-rights.example.org");
      adam.type("#invite\\:first-name", "Bruno");
      adam.type("#invite\\:last-name", "Beta");
      adam.choose("invite:role", "Referrer");
      adam.click("#invite\\:send-invitation");
      adam.awaitText("already belongs to another organisation");
    }
  }

  /** Keycloak's pages behind the e-mail's link: maybe a "proceed" page, then a new password twice. */
  private static void setPasswordThroughKeycloak(WebDriver driver, String link) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    driver.get(link);
    wait.until(d -> !d.findElements(By.id("password-new")).isEmpty()
        || !d.findElements(By.partialLinkText("proceed")).isEmpty());
    if (driver.findElements(By.id("password-new")).isEmpty()) {
      driver.findElement(By.partialLinkText("proceed")).click();
    }
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new"))).sendKeys(Browser.DEMO_PASSWORD);
    driver.findElement(By.id("password-confirm")).sendKeys(Browser.DEMO_PASSWORD);
    driver.findElement(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("password-new")));
  }

  /** Opens the portal; signs in on Keycloak's form unless Keycloak's session lets the person straight in. */
  private static void signInIfAsked(WebDriver driver, URL portal, String username) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    driver.get(portal + "referrals.xhtml");
    wait.until(d -> !d.findElements(By.id("organisation-name")).isEmpty() || !d.findElements(By.id("username")).isEmpty());
    if (driver.findElements(By.id("organisation-name")).isEmpty()) {
      driver.findElement(By.id("username")).sendKeys(username);
      driver.findElement(By.id("kc-login")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(Browser.DEMO_PASSWORD);
      driver.findElement(By.id("kc-login")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organisation-name")));
    }
  }

  private static JsonObject organisation(String name) throws Exception {
    String found = KeycloakUsers.call("GET", "/organizations?exact=true&briefRepresentation=false&search="
        + URLEncoder.encode(name, StandardCharsets.UTF_8), null);
    try (JsonReader reader = Json.createReader(new StringReader(found))) {
      return reader.readArray().getJsonObject(0);
    }
  }

  private static void deleteUser(String email) throws Exception {
    String found = KeycloakUsers.call("GET", "/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8), null);
    try (JsonReader reader = Json.createReader(new StringReader(found))) {
      JsonArray users = reader.readArray();
      if (!users.isEmpty()) {
        KeycloakUsers.call("DELETE", "/users/" + users.getJsonObject(0).getString("id"), null);
      }
    }
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static int count(String sql, String parameter) throws Exception {
    try (Connection db = TestDatabase.portalSchema().getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
      if (parameter != null) {
        query.setString(1, parameter);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
