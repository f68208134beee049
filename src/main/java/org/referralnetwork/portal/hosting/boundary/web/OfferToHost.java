package org.referralnetwork.portal.hosting.boundary.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.referralnetwork.portal.hosting.boundary.OfferRow;
import org.referralnetwork.portal.hosting.boundary.RelocationOffers;
import org.referralnetwork.portal.hosting.boundary.RelocationRow;
import org.referralnetwork.portal.hosting.control.HostMatching.HostMatch;
import org.referralnetwork.portal.hosting.control.HostingRefusedException;
import org.referralnetwork.portal.hosting.entity.HostProvision;
import org.referralnetwork.portal.hosting.entity.HostingRequest;
import org.referralnetwork.portal.hosting.entity.OfferAnsweredException;
import org.referralnetwork.portal.platform.web.Messages;
import org.referralnetwork.portal.referral.boundary.ReferralChangedMeanwhileException;
import org.referralnetwork.portal.referral.boundary.ReferralView;
import org.referralnetwork.portal.referral.boundary.web.ReferralDetails;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.TransitionNotAllowedException;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Permission;
import org.referralnetwork.portal.security.NotAllowedException;

/**
 * The hosting part of a relocation referral's page: for the secretariat, finding a host and
 * offering (or taking an offer back), with the offers made so far; for everyone who sees the
 * referral, its relocation.
 */
@Named("offerToHost")
@ViewScoped
public class OfferToHost implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReferralDetails page;
  @EJB private RelocationOffers offers;
  @Inject private CurrentCaller caller;
  @Inject private Messages messages;

  private LocalDate wantedStart;
  private Integer months;
  private RequestLanguage language;
  private List<HostProvision> needs = new ArrayList<>();
  private boolean genderSensitive;
  private boolean accessible;
  private String note;
  private String reason;
  private List<HostMatch> matches;
  private List<OfferRow> history;
  private RelocationRow relocation;
  /** After the referral page has loaded its referral (a view action after the page's own). */
  public void load() {
    if (page.getView() == null || !page.getView().isRelocation() || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    ReferralView view = page.getView();
    wantedStart = LocalDate.now(ZoneOffset.UTC).plusWeeks(2);
    months = view.getDetails().getRelocationMonths();
    language = view.getDetails().getLanguage();
    needs = new ArrayList<>(HostProvision.neededFor(view.getDetails().getMeasures()));
    history = caller.may(Permission.REVIEW) ? offers.offersOf(view.getId()) : List.of();
    relocation = offers.relocationOf(view.getId()).orElse(null);
  }

  /** The secretariat may look for a host now: accepted, or declined by the last host asked. */
  public boolean isOfferable() {
    ReferralView view = page.getView();
    return view != null && view.isRelocation() && isReviewer()
        && (view.getStatus() == ReferralStatus.ACCEPTED || view.getStatus() == ReferralStatus.HOST_DECLINED);
  }

  public boolean isWaitingForHost() {
    ReferralView view = page.getView();
    return view != null && isReviewer() && view.getStatus() == ReferralStatus.HOST_OFFERED;
  }

  private boolean isReviewer() {
    return caller.may(Permission.REVIEW);
  }

  public void findHosts() {
    try {
      matches = offers.suggest(page.getId(), request());
      if (matches.isEmpty()) {
        messages.info("offer.noHosts");
      }
    } catch (HostingRefusedException refused) {
      refused.getKeys().forEach(messages::error);
    }
  }

  public String offerTo(String hostId) {
    return step(() -> offers.offer(page.getId(), page.getView().getVersion(), hostId, request()), "offer.made");
  }

  public String withdraw() {
    return step(() -> offers.withdraw(page.getId(), page.getView().getVersion(), reason), "offer.withdrawn");
  }

  private String step(Runnable action, String doneKey) {
    try {
      action.run();
      messages.info(doneKey);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/referral?faces-redirect=true&id=" + page.getId();
    } catch (HostingRefusedException refused) {
      refused.getKeys().forEach(messages::error);
    } catch (ReferralChangedMeanwhileException | OfferAnsweredException | TransitionNotAllowedException changed) {
      messages.error("referral.changedMeanwhile");
    } catch (NotAllowedException refused) {
      messages.error("referral.notAllowed");
    }
    return null;
  }

  private HostingRequest request() {
    Set<HostProvision> wanted = needs == null || needs.isEmpty() ? EnumSet.noneOf(HostProvision.class) : EnumSet.copyOf(needs);
    return new HostingRequest(wantedStart, months == null ? 0 : months, language, wanted, genderSensitive, accessible, note);
  }

  public List<OfferRow> getHistory() { return history; }
  public RelocationRow getRelocation() { return relocation; }
  public LocalDate getWantedStart() { return wantedStart; }

  public HostProvision[] getProvisionChoices() { return HostProvision.values(); }
  public RequestLanguage[] getLanguageChoices() { return RequestLanguage.values(); }
  public Converter<HostProvision> getProvisionConverter() { return new EnumConverter(HostProvision.class); }
  public List<HostMatch> getMatches() { return matches; }
  public void setWantedStart(LocalDate wantedStart) { this.wantedStart = wantedStart; }
  public Integer getMonths() { return months; }
  public void setMonths(Integer months) { this.months = months; }
  public RequestLanguage getLanguage() { return language; }
  public void setLanguage(RequestLanguage language) { this.language = language; }
  public List<HostProvision> getNeeds() { return needs; }
  public void setNeeds(List<HostProvision> needs) { this.needs = needs; }
  public boolean isGenderSensitive() { return genderSensitive; }
  public void setGenderSensitive(boolean genderSensitive) { this.genderSensitive = genderSensitive; }
  public boolean isAccessible() { return accessible; }
  public void setAccessible(boolean accessible) { this.accessible = accessible; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}
