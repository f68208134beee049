package org.referralnetwork.portal.quota.boundary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.testing.Browser;
import org.referralnetwork.portal.testing.Deployments;

/** The secretariat sets quotas in the browser; every kind of bad input is refused and changes nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuotaAdministrationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  @Test
  void badQuotaInputIsRefusedWithAMessageAndNothingChanges() throws Exception {
    URL portal = Deployments.onLoopback(deployed);
    try (Browser bruno = Browser.open().signIn(portal, "bruno")) {
      // registers Beta Rights Watch, so that the secretariat can give it a quota
      assertEquals("Beta Rights Watch", bruno.text("#organisation-name"));
    }
    LocalDate first = LocalDate.now(ZoneOffset.UTC).withDayOfYear(1);
    LocalDate last = first.plusYears(1).minusDays(1);
    try (Browser sam = Browser.open().signIn(portal, "sam")) {
      sam.click("#nav-quotas");
      sam.choose("create:partner", "Beta Rights Watch");
      sam.type("#create\\:reason", "Allotment for the year");

      sam.type("#create\\:slots", "abc");
      sam.click("#create\\:save");
      sam.awaitAjax();
      sam.awaitText("must be a whole number");
      sam.type("#create\\:slots", "-3");
      sam.click("#create\\:save");
      sam.awaitAjax();
      sam.awaitText("must be a whole number");

      sam.type("#create\\:slots", "2");
      sam.type("#create\\:start", last.toString());
      sam.type("#create\\:end", first.toString());
      sam.click("#create\\:save");
      sam.awaitAjax();
      sam.awaitText("The period ends before it starts.");

      sam.type("#create\\:start", first.toString());
      sam.type("#create\\:end", last.toString());
      sam.click("#create\\:save");
      sam.awaitAjax();
      sam.awaitText("Quota created.");
      assertEquals(1, rowsOf(sam, "Beta Rights Watch"));

      sam.type("#create\\:slots", "5");
      sam.type("#create\\:start", first.plusMonths(3).toString());
      sam.type("#create\\:end", last.plusMonths(3).toString());
      sam.type("#create\\:reason", "Second allotment");
      sam.click("#create\\:save");
      sam.awaitAjax();
      sam.awaitText("already has a quota for this programme in an overlapping period");
      assertEquals(1, rowsOf(sam, "Beta Rights Watch"), "the overlapping quota was not created");

      sam.choose("change:quota", "Beta Rights Watch · TEMPORARY_RELOCATION · " + first + " – " + last);
      sam.choose("change:what", "Lower");
      sam.type("#change\\:count", "5");
      sam.type("#change\\:changeReason", "Fewer places this year");
      sam.click("#change\\:apply");
      sam.awaitAjax();
      sam.awaitText("cannot go below the slots already held and used");
      assertTrue(sam.text("#figures\\:table").contains("Beta Rights Watch"));
      assertTrue(rowText(sam, "Beta Rights Watch").contains(" 2 "), "the allotment is still 2: " + rowText(sam, "Beta Rights Watch"));
    }
  }

  private static long rowsOf(Browser browser, String partner) {
    return browser.text("#figures\\:table").lines().filter(line -> line.contains(partner)).count();
  }

  private static String rowText(Browser browser, String partner) {
    return " " + browser.text("#figures\\:table").lines().filter(line -> line.contains(partner)).findFirst().orElse("") + " ";
  }
}
