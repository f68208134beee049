package org.referralnetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.PageForms;
import org.referralnetwork.portal.testing.PortalSession;
import org.referralnetwork.portal.testing.TestDatabase;
import org.referralnetwork.portal.testing.TestRows;

/**
 * Every button of every form of the portal's pages, posted over HTTP by the people who use them,
 * with each field filled with hostile input: refused with a message or stored and shown as text,
 * never a server error, never markup that runs, never SQL that runs.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  private static final String SCRIPT = "<script>alert('bad')</script>";
  private static final Map<String, String> HOSTILE = new LinkedHashMap<>();

  static {
    HOSTILE.put("over-long text", "x".repeat(70_000));
    HOSTILE.put("control characters", "a\u0000b\u0007c\u001bd\u0008");
    HOSTILE.put("right-to-left override", "\u202Efdp.exe");
    HOSTILE.put("script tag", SCRIPT);
    HOSTILE.put("SQL fragment", "x' OR '1'='1'; DROP TABLE referral; --");
    HOSTILE.put("invalid enum", "NOT_A_VALUE");
    HOSTILE.put("huge number", "99999999999999999999999999999");
    HOSTILE.put("negative number", "-5");
  }

  @Test
  void everyFormRefusesOrStoresHostileInputAndNeverFails() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    Map<String, PortalSession> people = new LinkedHashMap<>();
    for (String username : List.of("alice", "rita", "sam", "hana", "adam")) {
      people.put(username, PortalSession.signIn(portal, username));
    }
    TestRows rows = new TestRows();
    long draft;
    long submitted;
    long offer;
    try (Connection db = TestDatabase.portalSchema().getConnection()) {
      String alpha = organisationId(db, "partner-a");
      draft = rows.insertReferral(db, alpha, "TEMPORARY_RELOCATION", "DRAFT", "Battery Draft", 0);
      submitted = rows.insertReferral(db, alpha, "TEMPORARY_RELOCATION", "SUBMITTED", "Battery Submitted", 0);
      long offered = rows.insertReferral(db, alpha, "TEMPORARY_RELOCATION", "HOST_OFFERED", "Battery Offered", 0);
      offer = TestRows.insertOffer(db, offered, organisationId(db, "host-city"));
    }
    Map<String, List<String>> pages = new LinkedHashMap<>();
    pages.put("alice", List.of("referrals.xhtml", "referral.xhtml?id=" + draft, "referral.xhtml?id=" + submitted));
    pages.put("rita", List.of("secretariat/review-queue.xhtml", "referral.xhtml?id=" + submitted, "audit.xhtml"));
    pages.put("sam", List.of("secretariat/quotas.xhtml", "secretariat/personal-data.xhtml", "referral.xhtml?id=" + submitted));
    pages.put("hana", List.of("hosting/profile.xhtml", "hosting/offer.xhtml?id=" + offer));
    pages.put("adam", List.of("members.xhtml"));

    List<String> failures = new ArrayList<>();
    int posts = 0;
    for (Map.Entry<String, List<String>> person : pages.entrySet()) {
      PortalSession session = people.get(person.getKey());
      for (String page : person.getValue()) {
        for (PageForms.Button button : PageForms.buttons(session.get(page).body())) {
          for (Map.Entry<String, String> input : HOSTILE.entrySet()) {
            Map<String, String> fields =
                PageForms.post(session.get(page).body(), button, PageForms.Fill.EVERY_FIELD, input.getValue());
            HttpResponse<String> answer = session.postForm(page, fields);
            posts++;
            String where = person.getKey() + " " + page + " " + button.id() + " with " + input.getKey();
            if (answer.statusCode() >= 500) {
              failures.add(where + ": HTTP " + answer.statusCode());
            } else if (isPage(answer) && answer.body().contains(SCRIPT)) {
              failures.add(where + ": the script tag came back as markup");
            }
            HttpResponse<String> after = session.get(page);
            if (after.statusCode() >= 500 || after.body().contains(SCRIPT)) {
              failures.add(where + ": the page fails or runs the script afterwards (HTTP " + after.statusCode() + ")");
            }
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " of " + posts + " posts went wrong:\n" + String.join("\n", failures));
    assertTrue(posts > 100, "the battery reached the forms: " + posts + " posts");
    try (Connection db = TestDatabase.portalSchema().getConnection();
        Statement statement = db.createStatement();
        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM referral WHERE id IN (" + draft + ", " + submitted + ")")) {
      count.next();
      assertEquals(2, count.getInt(1), "no SQL ran: the referrals are there");
    }
  }

  @Test
  void aPostWithoutTheViewStateChangesNothing() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    PortalSession sam = PortalSession.signIn(portal, "sam");
    String page = sam.get("secretariat/quotas.xhtml").body();
    PageForms.Button create = PageForms.buttons(page).get(0);
    Map<String, String> forged = PageForms.post(page, create, PageForms.Fill.EMPTY_FIELDS, "1");
    forged.put("jakarta.faces.ViewState", "stateless-forgery");
    HttpResponse<String> answer = sam.postForm("secretariat/quotas.xhtml", forged);
    assertFalse(answer.statusCode() >= 500, "HTTP " + answer.statusCode());
    assertFalse(answer.body().contains("ui-messages-info"), "no action ran for a post from another site");
  }

  @Test
  void pagesCarryTheSecurityHeadersAndAStrictScriptPolicyWithTheirNonce() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    HttpResponse<String> page = PortalSession.signIn(portal, "alice").get("referrals.xhtml");
    List<String> policies = page.headers().allValues("Content-Security-Policy");
    String strict = policies.stream().filter(p -> p.contains("script-src")).findFirst().orElse("");
    assertTrue(strict.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), policies.toString());
    assertFalse(strict.contains("unsafe-inline') ; script") || strict.contains("script-src 'self' 'unsafe-inline'"));
    String nonce = strict.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
    assertFalse(page.body().matches("(?s).*\\son(click|change|load)=.*"), "no inline event handler is left");
    assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
  }

  /** A page the browser renders (a JSON or file download is not run as markup). */
  private static boolean isPage(HttpResponse<String> answer) {
    return answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
  }

  private static String organisationId(Connection db, String alias) throws Exception {
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery("SELECT id FROM organisation WHERE alias = '" + alias + "'")) {
      assertTrue(row.next(), alias + " is registered");
      return row.getString(1);
    }
  }
}
