package org.referralnetwork.portal.hosting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.referralnetwork.portal.hosting.entity.FollowUp;
import org.referralnetwork.portal.hosting.entity.Relocation;
import org.referralnetwork.portal.hosting.entity.RelocationReport;
import org.referralnetwork.portal.hosting.entity.RelocationState;
import org.referralnetwork.portal.hosting.entity.ReportKind;
import org.referralnetwork.portal.referral.entity.Referral;

/** A relocation as pages show it: who hosts, when, how it went (getters: Faces EL does not read records). */
public final class RelocationRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final long offerId;
  private final long referralId;
  private final String reference;
  private final String hostName;
  private final RelocationState state;
  private final LocalDate plannedStart;
  private final LocalDate plannedEnd;
  private final LocalDate arrivedOn;
  private final LocalDate endedOn;
  private final BigDecimal budgetEur;
  private final String endReason;
  private final FollowUp followUp;
  private final String followUpNotes;
  private final List<Report> reports;

  RelocationRow(Relocation relocation, List<RelocationReport> reports) {
    this.id = relocation.getId();
    this.offerId = relocation.getOfferId();
    this.referralId = relocation.getReferralId();
    this.reference = Referral.reference(referralId);
    this.hostName = relocation.getHost().getName();
    this.state = relocation.getState();
    this.plannedStart = relocation.getPlannedStart();
    this.plannedEnd = relocation.getPlannedEnd();
    this.arrivedOn = relocation.getArrivedOn();
    this.endedOn = relocation.getEndedOn();
    this.budgetEur = relocation.getBudgetEur();
    this.endReason = relocation.getEndReason();
    this.followUp = relocation.getFollowUp();
    this.followUpNotes = relocation.getFollowUpNotes();
    this.reports = reports.stream().map(Report::new).toList();
  }

  /** One status update or mid-term check. */
  public static final class Report implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ReportKind kind;
    private final String by;
    private final LocalDateTime at;
    private final String text;

    Report(RelocationReport report) {
      this.kind = report.getKind();
      this.by = report.getWrittenBy();
      this.at = OfferRow.utc(report.getWrittenAt());
      this.text = report.getBody();
    }

    public ReportKind getKind() { return kind; }
    public String getBy() { return by; }
    public LocalDateTime getAt() { return at; }
    public String getText() { return text; }
  }

  /** Until when the relocation takes the host's place. */
  public LocalDate getLastDay() {
    return endedOn != null ? endedOn : plannedEnd;
  }

  public boolean isUnderWay() {
    return state.takesAPlace();
  }

  public long getId() { return id; }
  public long getOfferId() { return offerId; }
  public long getReferralId() { return referralId; }
  public String getReference() { return reference; }
  public String getHostName() { return hostName; }
  public RelocationState getState() { return state; }
  public LocalDate getPlannedStart() { return plannedStart; }
  public LocalDate getPlannedEnd() { return plannedEnd; }
  public LocalDate getArrivedOn() { return arrivedOn; }
  public LocalDate getEndedOn() { return endedOn; }
  public BigDecimal getBudgetEur() { return budgetEur; }
  public String getEndReason() { return endReason; }
  public FollowUp getFollowUp() { return followUp; }
  public String getFollowUpNotes() { return followUpNotes; }
  public List<Report> getReports() { return reports; }
}
