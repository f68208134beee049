package org.referralnetwork.portal.hosting.boundary.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.referralnetwork.portal.hosting.boundary.HostDesk;
import org.referralnetwork.portal.hosting.boundary.OfferRow;
import org.referralnetwork.portal.hosting.boundary.RelocationRow;
import org.referralnetwork.portal.hosting.control.HostingRefusedException;
import org.referralnetwork.portal.hosting.entity.FollowUp;
import org.referralnetwork.portal.hosting.entity.OfferAnsweredException;
import org.referralnetwork.portal.hosting.entity.ReportKind;
import org.referralnetwork.portal.platform.web.Messages;
import org.referralnetwork.portal.referral.entity.TransitionNotAllowedException;
import org.referralnetwork.portal.security.NotAllowedException;

/**
 * One offer to the caller's host organisation: what the host needs to decide, the answer (accept
 * with dates and budget, or decline with a reason), then the relocation it runs. Whatever was typed
 * stays on the page when a step is refused.
 */
@Named("hostOffer")
@ViewScoped
public class HostOfferPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private HostDesk desk;
  @Inject private Messages messages;

  private Long id;
  private OfferRow offer;
  private RelocationRow relocation;
  private LocalDate start;
  private LocalDate end;
  private BigDecimal budget;
  private String reason;
  private LocalDate day;
  private ReportKind reportKind = ReportKind.UPDATE;
  private String reportText;
  private FollowUp followUp;
  private String followUpNotes;

  public String load() {
    if (id == null) {
      return HostingProfilePage.NOT_FOUND;
    }
    try {
      offer = desk.offer(id);
      relocation = desk.relocationOf(id).orElse(null);
    } catch (NotAllowedException | HostingRefusedException refused) {
      return HostingProfilePage.NOT_FOUND;
    }
    if (start == null) {
      start = offer.getWantedStart();
      end = offer.getWantedEnd();
    }
    if (day == null) {
      day = LocalDate.now(ZoneOffset.UTC);
    }
    return null;
  }

  public String accept() {
    return step(() -> desk.accept(id, start, end, budget), "offer.accepted");
  }

  public String decline() {
    return step(() -> desk.decline(id, reason), "offer.declined");
  }

  public String confirmArrival() {
    return step(() -> desk.confirmArrival(relocation.getId(), day), "relocation.arrived");
  }

  public String report() {
    return step(() -> desk.report(relocation.getId(), reportKind, reportText), "relocation.reported");
  }

  public String recordReturn() {
    return step(() -> desk.recordReturn(relocation.getId(), day), "relocation.returnRecorded");
  }

  public String endEarly() {
    return step(() -> desk.endEarly(relocation.getId(), day, reason), "relocation.endedEarly");
  }

  public String recordFollowUp() {
    return step(() -> desk.recordFollowUp(relocation.getId(), followUp, followUpNotes), "relocation.followUpRecorded");
  }

  /** Makes the step; done, the page is shown anew with the message; refused, it says why and keeps the input. */
  private String step(Runnable action, String doneKey) {
    try {
      action.run();
      messages.info(doneKey);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/hosting/offer?faces-redirect=true&id=" + id;
    } catch (HostingRefusedException refused) {
      refused.getKeys().forEach(messages::error);
    } catch (OfferAnsweredException answered) {
      messages.error("offer.answeredMeanwhile");
    } catch (TransitionNotAllowedException | NotAllowedException refused) {
      messages.error("referral.changedMeanwhile");
    } catch (EJBException failed) {
      if (!(failed.getCause() instanceof OptimisticLockException)) {
        throw failed;
      }
      messages.error("referral.changedMeanwhile");
    }
    return null;
  }

  public ReportKind[] getReportKinds() { return ReportKind.values(); }
  public FollowUp[] getFollowUps() { return FollowUp.values(); }
  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public OfferRow getOffer() { return offer; }
  public RelocationRow getRelocation() { return relocation; }
  public LocalDate getStart() { return start; }
  public void setStart(LocalDate start) { this.start = start; }
  public LocalDate getEnd() { return end; }
  public void setEnd(LocalDate end) { this.end = end; }
  public BigDecimal getBudget() { return budget; }
  public void setBudget(BigDecimal budget) { this.budget = budget; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public LocalDate getDay() { return day; }
  public void setDay(LocalDate day) { this.day = day; }
  public ReportKind getReportKind() { return reportKind; }
  public void setReportKind(ReportKind reportKind) { this.reportKind = reportKind; }
  public String getReportText() { return reportText; }
  public void setReportText(String reportText) { this.reportText = reportText; }
  public FollowUp getFollowUp() { return followUp; }
  public void setFollowUp(FollowUp followUp) { this.followUp = followUp; }
  public String getFollowUpNotes() { return followUpNotes; }
  public void setFollowUpNotes(String followUpNotes) { this.followUpNotes = followUpNotes; }
}
