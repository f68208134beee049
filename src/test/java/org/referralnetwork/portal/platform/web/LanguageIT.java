package org.referralnetwork.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.testing.Browser;
import org.referralnetwork.portal.testing.Deployments;
import org.referralnetwork.portal.testing.PageForms;
import org.referralnetwork.portal.testing.PortalSession;

/**
 * The five languages: a user's choice is remembered across logins and browsers, and no page a
 * user can reach shows a text missing from a bundle ("???key???") in any language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageIT {

  private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "ru");
  private static final Pattern NAV_LINK = Pattern.compile("<a\\s[^>]*\\bid=\"(?:nav|footer)-[^\"]+\"[^>]*>");
  private static final Pattern HREF = Pattern.compile("href=\"([^\"?#;]+\\.xhtml)");
  private static final Pattern REFERRAL_LINK = Pattern.compile("(referral\\.xhtml\\?id=\\d+)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  @Test
  void theChosenLanguageFollowsTheUserToTheNextLoginInAnotherBrowser() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    try (Browser first = Browser.open().signIn(portal, "alice")) {
      assertEquals("en", first.find("html").getAttribute("lang"), "the browser's language at first");
      first.choose("header:language", "français");
      first.find("html[lang='fr']");
      first.click("#header\\:sign-out");
      first.find("#signed-out");
    }
    try (Browser second = Browser.open().signIn(portal, "alice")) {
      try {
        assertEquals("fr", second.find("html").getAttribute("lang"), "remembered, although this browser asks for English");
        assertEquals("ltr", second.find("html").getAttribute("dir"));
      } finally {
        second.choose("header:language", "English");
        second.find("html[lang='en']");
      }
    }
  }

  @Test
  void everyPageSpeaksEveryLanguageWithoutAMissingText() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    for (String user : List.of("bruno", "hana", "sam")) {
      PortalSession session = PortalSession.signIn(portal, user);
      try {
        for (String language : LANGUAGES) {
          switchTo(session, language);
          for (String page : pagesOf(session, portal.getPath())) {
            HttpResponse<String> response = session.get(page);
            String html = response.body();
            assertEquals(200, response.statusCode(), user + " " + language + " " + page);
            assertTrue(html.contains("lang=\"" + language + "\""), user + " " + language + " " + page);
            assertEquals("ar".equals(language), html.contains("dir=\"rtl\""), user + " " + language + " " + page);
            assertFalse(html.contains("???"), user + " " + language + " " + page + " misses a text: " + missing(html));
          }
        }
      } finally {
        switchTo(session, "en");
      }
    }
  }

  /** The pages the header and footer link to for this user, and one referral when there is one. */
  private static Set<String> pagesOf(PortalSession session, String contextPath) throws Exception {
    Set<String> pages = new LinkedHashSet<>();
    String home = session.get("referrals.xhtml").body();
    Matcher nav = NAV_LINK.matcher(home);
    while (nav.find()) {
      Matcher href = HREF.matcher(nav.group());
      if (href.find() && href.group(1).startsWith(contextPath)) {
        pages.add(href.group(1).substring(contextPath.length()));
      }
    }
    Matcher referral = REFERRAL_LINK.matcher(home);
    if (referral.find()) {
      pages.add(referral.group(1));
    }
    assertTrue(pages.size() >= 3, "the header links to the user's pages: " + pages);
    pages.add("public/complaint-status.xhtml");
    return pages;
  }

  /** What the header's language menu sends (a PrimeFaces Ajax change); the choice is also remembered. */
  private static void switchTo(PortalSession session, String language) throws Exception {
    String html = session.get("referrals.xhtml").body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "header:language");
    fields.put("jakarta.faces.partial.execute", "header:language");
    fields.put("jakarta.faces.behavior.event", "change");
    fields.put("jakarta.faces.partial.event", "change");
    fields.put("header", "header");
    fields.put("header:language_input", language);
    fields.put("jakarta.faces.ViewState", PageForms.viewState(html));
    session.postForm("referrals.xhtml", fields);
    assertTrue(session.get("referrals.xhtml").body().contains("lang=\"" + language + "\""), "switched to " + language);
  }

  private static String missing(String html) {
    Matcher matcher = Pattern.compile("\\?\\?\\?[^?]*\\?\\?\\?").matcher(html);
    Set<String> keys = new LinkedHashSet<>();
    while (matcher.find()) {
      keys.add(matcher.group());
    }
    return keys.toString();
  }
}
