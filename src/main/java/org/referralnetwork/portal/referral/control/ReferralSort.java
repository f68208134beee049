package org.referralnetwork.portal.referral.control;

/** The columns a list of referrals can be sorted by, each mapped to its query path. */
public enum ReferralSort {
  CREATED_AT("r.createdAt"),
  UPDATED_AT("r.updatedAt"),
  PROGRAMME("r.programme"),
  STATUS("r.status"),
  URGENCY("r.urgency"),
  ORGANISATION("o.name");

  private final String path;

  ReferralSort(String path) {
    this.path = path;
  }

  String orderBy(boolean ascending) {
    String direction = ascending ? " ASC" : " DESC";
    // the id breaks ties, so that paging is stable
    return " ORDER BY " + path + direction + ", r.id" + direction;
  }
}
