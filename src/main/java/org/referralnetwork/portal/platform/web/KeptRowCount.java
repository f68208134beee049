package org.referralnetwork.portal.platform.web;

import java.io.Serializable;
import java.util.function.IntSupplier;

/**
 * The number of rows of a paged list, counted once per view and filter: PrimeFaces asks a lazy
 * table's model for it at every page and sort, and counting the secretariat's 100,000 referrals
 * costs the database more than reading a page of them. The page forgets it when its filter
 * changes; opening the page again counts afresh.
 */
public final class KeptRowCount implements Serializable {

  private static final long serialVersionUID = 1L;

  private Integer rows;

  public int get(IntSupplier count) {
    if (rows == null) {
      rows = count.getAsInt();
    }
    return rows;
  }

  public void forget() {
    rows = null;
  }
}
