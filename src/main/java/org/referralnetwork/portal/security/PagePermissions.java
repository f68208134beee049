package org.referralnetwork.portal.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which permission each page and file of the portal needs (any one of them). A page that is not
 * listed here is refused: a new page is closed until it is given its permission.
 */
public final class PagePermissions {

  private static final Map<String, Set<Permission>> PAGES = Map.ofEntries(
      // the home page: everyone with a role in their organisation holds VIEW_REFERRALS; its blocks ask for their own
      Map.entry("/home.xhtml", Set.of(Permission.VIEW_REFERRALS)),
      Map.entry("/referrals.xhtml", Set.of(Permission.VIEW_REFERRALS)),
      Map.entry("/referral.xhtml", Set.of(Permission.VIEW_REFERRALS)),
      Map.entry("/document", Set.of(Permission.VIEW_REFERRALS)),
      Map.entry("/secretariat/review-queue.xhtml", Set.of(Permission.REVIEW)),
      Map.entry("/secretariat/quotas.xhtml", Set.of(Permission.VIEW_QUOTAS)),
      Map.entry("/secretariat/quotas.xlsx", Set.of(Permission.VIEW_QUOTAS)),
      Map.entry("/hosting/profile.xhtml", Set.of(Permission.MANAGE_HOSTING_PROFILE)),
      Map.entry("/hosting/offers.xhtml", Set.of(Permission.ANSWER_OFFERS)),
      Map.entry("/hosting/offer.xhtml", Set.of(Permission.ANSWER_OFFERS)),
      Map.entry("/relocations.xhtml", Set.of(Permission.VIEW_RELOCATIONS)),
      Map.entry("/audit.xhtml", Set.of(Permission.READ_AUDIT_LOG, Permission.READ_OWN_AUDIT_LOG)),
      Map.entry("/members.xhtml", Set.of(Permission.VIEW_MEMBERS)),
      Map.entry("/secretariat/organisations.xhtml", Set.of(Permission.MANAGE_ORGANISATIONS)),
      Map.entry("/secretariat/personal-data.xhtml", Set.of(Permission.MANAGE_PERSONAL_DATA)),
      Map.entry("/feedback.xhtml", Set.of(Permission.SEND_FEEDBACK)),
      Map.entry("/notifications.xhtml", Set.of(Permission.VIEW_REFERRALS)),
      Map.entry("/secretariat/complaints.xhtml", Set.of(Permission.HANDLE_COMPLAINTS)));

  private PagePermissions() {}

  /** The permissions that open the page; empty for a page the portal does not have. */
  public static Optional<Set<Permission>> of(String servletPath) {
    return Optional.ofNullable(PAGES.get(servletPath));
  }

  public static Set<String> pages() {
    return PAGES.keySet();
  }
}
