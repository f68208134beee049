package org.referralnetwork.portal.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.testing.Browser;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.PageForms;
import org.referralnetwork.portal.testing.PortalSession;
import org.referralnetwork.portal.testing.TestRows;
import org.referralnetwork.portal.testing.TestDatabase;

/**
 * The defender's rights, handled by the secretariat's admin in the browser: a copy of their data,
 * erasure on request, and the retention rules' dry run and erasure.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  private final TestRows sealed = new TestRows();

  @Test
  void theSecretariatGivesACopyThenErasesOnRequestAndTheRetentionRulesEraseWhatIsDue() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    PortalSession.signIn(portal, "alice"); // registers her organisation
    String name = "Farida " + UUID.randomUUID().toString().substring(0, 8);
    long rejected;
    long longAgo;
    long open;
    try (Connection db = TestDatabase.portalSchema().getConnection()) {
      String alpha = organisationId(db, "partner-a");
      rejected = insertReferral(db, alpha, name, "REJECTED", 0);
      longAgo = insertReferral(db, alpha, "Old case " + name, "WITHDRAWN", 30);
      open = insertReferral(db, alpha, "Open case " + name, "SUBMITTED", 30);
    }

    // the right of access: a JSON copy, as a download named by the reference only
    PortalSession sam = PortalSession.signIn(portal, "sam");
    String page = sam.get("referral.xhtml?id=" + rejected).body();
    Map<String, String> form = PageForms.post(page, new PageForms.Button("privacy", "privacy:export"),
        PageForms.Fill.EMPTY_FIELDS, "");
    HttpResponse<String> copy = sam.postForm("referral.xhtml?id=" + rejected, form);
    assertTrue(copy.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), copy.headers().toString());
    assertFalse(copy.headers().firstValue("Content-Disposition").orElse("").contains("Farida"));
    assertTrue(copy.body().contains("\"nameOrAlias\": \"" + name + "\""), copy.body());
    assertTrue(copy.body().contains("Risk narrative of " + name));

    try (Browser browser = Browser.open().signIn(portal, "sam")) {
      // the right to erasure, on request
      browser.driver().get(portal + "referral.xhtml?id=" + rejected);
      browser.type("[id='privacy:erase-reason']", "request of the defender by phone, 25 Nov");
      browser.click("[id='privacy:erase']");
      browser.click(".ui-confirmdialog-yes");
      browser.awaitText(textOf("privacy.erasedName"));
      assertTrue(browser.text("#page-title").endsWith(textOf("privacy.erasedName")));
      assertNotNull(browser.find("#erased-note"));

      // an open referral cannot be erased yet
      browser.driver().get(portal + "referral.xhtml?id=" + open);
      assertTrue(browser.bodyText().contains(textOf("privacy.erase.stillOpen")));
      assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector("[id='privacy:erase']")).isEmpty());

      // the retention rules: the dry run lists the long-withdrawn one, not the open one; then it is erased
      browser.driver().get(portal + "secretariat/personal-data.xhtml");
      String due = browser.text("[id='due-form:due']");
      assertTrue(due.contains(String.format("R-%06d", longAgo)), due);
      assertFalse(due.contains(String.format("R-%06d", open)), due);
      assertFalse(due.contains(String.format("R-%06d", rejected)), "erased already");
      browser.click("[id='due-form:erase-due']");
      browser.click(".ui-confirmdialog-yes");
      browser.awaitAjax();
      assertFalse(browser.text("[id='due-form:due']").contains(String.format("R-%06d", longAgo)));
    }

    try (Connection db = TestDatabase.portalSchema().getConnection()) {
      for (long erased : new long[] {rejected, longAgo}) {
        assertNull(single(db, "SELECT k.wrapped FROM data_key k JOIN referral r ON r.data_key_id = k.id WHERE r.id = " + erased));
        assertNotNull(single(db, "SELECT erased_at FROM referral WHERE id = " + erased));
        assertEquals(1L, ((Number) single(db, "SELECT COUNT(*) FROM audit_event WHERE action = 'PERSONAL_DATA_ERASED'"
            + " AND actor = 'sam' AND referral_id = " + erased)).longValue());
      }
      assertNotNull(single(db, "SELECT k.wrapped FROM data_key k JOIN referral r ON r.data_key_id = k.id WHERE r.id = " + open));
      assertEquals(1L, ((Number) single(db, "SELECT COUNT(*) FROM audit_event WHERE action = 'PERSONAL_DATA_EXPORTED'"
          + " AND referral_id = " + rejected)).longValue());
    }
    assertEquals(404, PortalSession.signIn(portal, "rita").get("secretariat/personal-data.xhtml").statusCode(),
        "a reviewer does not erase");
  }

  private long insertReferral(Connection db, String organisationId, String name, String status, int monthsAgo) throws Exception {
    return sealed.insertReferral(db, organisationId, "EMERGENCY_GRANT", status, name, monthsAgo);
  }

  private static String textOf(String key) {
    return java.util.ResourceBundle.getBundle("org.referralnetwork.portal.i18n.messages", java.util.Locale.ENGLISH).getString(key);
  }

  private static String organisationId(Connection db, String alias) throws Exception {
    return (String) single(db, "SELECT id FROM organisation WHERE alias = '" + alias + "'");
  }

  private static Object single(Connection db, String sql) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
      assertTrue(row.next(), sql);
      return row.getObject(1);
    }
  }


}
