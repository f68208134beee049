package org.referralnetwork.portal.testing;

/** The referral draft form, as the browser tests fill it. */
public final class DraftForm {

  private DraftForm() {}

  /** From the referrals page: a new draft of the programme for the defender, saved, its wizard open. */
  public static void start(Browser browser, String programme, String defender, String country) {
    browser.choose("draft:programme", programme);
    browser.type("#draft\\:name", defender);
    browser.choose("draft:country", country);
    browser.click("#draft\\:save");
    browser.awaitText("Draft R-");
    browser.find("#draft\\:wizard");
  }

  /** The wizard's next step (the current one is saved on the way). */
  public static void next(Browser browser) {
    browser.click(".ui-wizard-nav-next");
    browser.awaitAjax();
  }

  /** The reference (R-000123) of the referral whose page is at this address. */
  public static String referenceOf(String referralPage) {
    return "R-" + String.format("%06d", Long.parseLong(referralPage.replaceAll(".*id=(\\d+).*", "$1")));
  }
}
