package org.referralnetwork.portal.referral.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.referralnetwork.portal.platform.web.KeptRowCount;
import org.referralnetwork.portal.platform.web.Messages;
import org.referralnetwork.portal.referral.boundary.DraftReferral;
import org.referralnetwork.portal.referral.boundary.ProgrammeNotOpenToOrganisationException;
import org.referralnetwork.portal.referral.boundary.ReferralRow;
import org.referralnetwork.portal.referral.boundary.ReferralService;
import org.referralnetwork.portal.referral.control.ReferralFilter;
import org.referralnetwork.portal.referral.control.ReferralSort;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.Programme;

/** The page "Referrals of my organisation": the list, paged and sorted in the database, and a new draft. */
@Named("referralsPage")
@ViewScoped
public class ReferralsOfMyOrganisation implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReferralService service;
  @Inject private Messages messages;

  private List<Programme> programmes;
  private DraftReferral draft = new DraftReferral();
  private ReferralFilter filter = new ReferralFilter();
  private final LazyDataModel<ReferralRow> referrals = new Rows();
  private final KeptRowCount rowCount = new KeptRowCount();

  @PostConstruct
  void init() {
    programmes = service.programmesForCaller().stream().sorted().toList();
    if (programmes.size() == 1) {
      draft.setProgramme(programmes.get(0));
    }
  }

  /** Starts the draft, then continues on its own page with the guided form. */
  public String createDraft() {
    try {
      ReferralRow created = service.createDraft(draft);
      messages.info("draft.saved", created.getReference());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/referral?faces-redirect=true&id=" + created.getId();
    } catch (ProgrammeNotOpenToOrganisationException refused) {
      messages.error("draft.programme.notOpen");
      return null;
    }
  }

  public boolean isMayCreateDrafts() {
    return !programmes.isEmpty();
  }

  public List<Programme> getProgrammes() {
    return programmes;
  }

  public ReferralFilter getFilter() {
    return filter;
  }

  /** The filter's fields are set: the list is counted for them and shown from its first page. */
  public void applyFilter() {
    rowCount.forget();
    ((UIData) FacesContext.getCurrentInstance().getViewRoot().findComponent(":referrals:table")).setFirst(0);
  }

  public void clearFilter() {
    filter = new ReferralFilter();
    applyFilter();
  }

  public Programme[] getAllProgrammes() {
    return Programme.values();
  }

  public ReferralStatus[] getStatuses() {
    return ReferralStatus.values();
  }

  public DraftReferral getDraft() {
    return draft;
  }

  public LazyDataModel<ReferralRow> getReferrals() {
    return referrals;
  }

  /** Pages and sorts in the database: only the rows on screen are read. */
  private final class Rows extends LazyDataModel<ReferralRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return rowCount.get(() -> Math.toIntExact(service.countForCaller(filter)));
    }

    @Override
    public List<ReferralRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      if (sort == null || sort.getOrder() == SortOrder.UNSORTED) {
        return service.listForCaller(filter, first, pageSize, ReferralSort.CREATED_AT, false);
      }
      return service.listForCaller(
          filter, first, pageSize, sortOf(sort.getField()), sort.getOrder() == SortOrder.ASCENDING);
    }

    @Override
    public String getRowKey(ReferralRow row) {
      return String.valueOf(row.getId());
    }

    private ReferralSort sortOf(String field) {
      return switch (field) {
        case "programme" -> ReferralSort.PROGRAMME;
        case "status" -> ReferralSort.STATUS;
        case "urgency" -> ReferralSort.URGENCY;
        case "organisationName" -> ReferralSort.ORGANISATION;
        case "updatedAt" -> ReferralSort.UPDATED_AT;
        default -> ReferralSort.CREATED_AT;
      };
    }
  }
}
