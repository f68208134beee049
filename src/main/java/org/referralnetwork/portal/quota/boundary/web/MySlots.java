package org.referralnetwork.portal.quota.boundary.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.referralnetwork.portal.quota.boundary.QuotaRow;
import org.referralnetwork.portal.quota.boundary.Quotas;

/** A partner's own slots per programme and period, shown before and while it refers. */
@Named("mySlots")
@RequestScoped
public class MySlots {

  @EJB private Quotas quotas;
  private List<QuotaRow> rows;

  public List<QuotaRow> getRows() {
    if (rows == null) {
      rows = quotas.mine();
    }
    return rows;
  }
}
