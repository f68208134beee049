package org.referralnetwork.portal.hosting.boundary.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.referralnetwork.portal.hosting.boundary.RelocationBoard;

/** The number of offers past their answer time, flagged on the secretariat's review queue. */
@Named("overdueOffers")
@RequestScoped
public class OverdueOffers {

  @EJB private RelocationBoard board;

  private Long count;

  public long getCount() {
    if (count == null) {
      count = board.overdueOffers();
    }
    return count;
  }
}
