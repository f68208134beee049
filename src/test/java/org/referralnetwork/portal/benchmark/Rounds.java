package org.referralnetwork.portal.benchmark;

import java.util.Map;

/** What the people of the benchmark do, round after round. */
final class Rounds {

  /** What the list's filter button processes, as PrimeFaces sends it: itself and the filter's fields. */
  private static final String FILTER_FIELDS = "referrals:apply referrals:filters";

  /** A partner's referrer: their list, a later page of it, and a filter by state. */
  static final PageLoad.Round PARTNER_LIST = (session, timer) -> {
    String list = timer.time("partner list", () -> session.get("referrals.xhtml"));
    if (!PageLoad.hasForm(list)) {
      return; // counted as an error; the round starts again
    }
    timer.time("partner list, page 5", () -> session.postForm("referrals.xhtml",
        PageLoad.tablePage(list, "referrals", "referrals:table", 40, 10)));
    timer.time("partner list, filtered by state", () -> session.postForm("referrals.xhtml",
        PageLoad.submit(list, "referrals", "referrals:apply", FILTER_FIELDS, "referrals:table",
            Map.of("referrals:status_input", "UNDER_REVIEW"))));
  };

  /** A reviewer: the review queue and a later page of it, then all referrals, far into the list, and filtered. */
  static final PageLoad.Round SECRETARIAT = (session, timer) -> {
    String queue = timer.time("review queue", () -> session.get("secretariat/review-queue.xhtml"));
    if (!PageLoad.hasForm(queue)) {
      return;
    }
    timer.time("review queue, page 3", () -> session.postForm("secretariat/review-queue.xhtml",
        PageLoad.tablePage(queue, "queue", "queue:table", 50, 25)));
    String list = timer.time("all referrals", () -> session.get("referrals.xhtml"));
    if (!PageLoad.hasForm(list)) {
      return;
    }
    timer.time("all referrals, page 100", () -> session.postForm("referrals.xhtml",
        PageLoad.tablePage(list, "referrals", "referrals:table", 990, 10)));
    timer.time("all referrals, filtered by state", () -> session.postForm("referrals.xhtml",
        PageLoad.submit(list, "referrals", "referrals:apply", FILTER_FIELDS, "referrals:table",
            Map.of("referrals:status_input", "SUBMITTED"))));
  };

  private Rounds() {}
}
