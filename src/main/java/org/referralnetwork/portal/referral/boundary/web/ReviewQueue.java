package org.referralnetwork.portal.referral.boundary.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.referralnetwork.portal.platform.web.KeptRowCount;
import org.referralnetwork.portal.referral.boundary.ReferralRow;
import org.referralnetwork.portal.referral.boundary.ReferralService;

/** The secretariat's review queue: every undecided referral, urgent first, then oldest. */
@Named("reviewQueue")
@ViewScoped
public class ReviewQueue implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReferralService service;

  private final LazyDataModel<ReferralRow> rows = new Rows();
  private final KeptRowCount queueSize = new KeptRowCount();

  public LazyDataModel<ReferralRow> getRows() {
    return rows;
  }

  private final class Rows extends LazyDataModel<ReferralRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return queueSize.get(() -> Math.toIntExact(service.reviewQueueSize()));
    }

    @Override
    public List<ReferralRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return service.reviewQueue(first, pageSize);
    }

    @Override
    public String getRowKey(ReferralRow row) {
      return String.valueOf(row.getId());
    }
  }
}
