package org.referralnetwork.portal.hosting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.referral.entity.Referral;

/**
 * A defender's stay with a host, from the accepted offer to the return or an early end, and the
 * follow-up after it. It takes one of the host's places from its start to its (actual) end.
 */
@Entity
@Table(name = "relocation")
public class Relocation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "offer_id", nullable = false)
  private RelocationOffer offer;

  @Column(name = "offer_id", insertable = false, updatable = false)
  private Long offerId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id", nullable = false)
  private Referral referral;

  /** The referral's id without loading the referral (lists of many). */
  @Column(name = "referral_id", insertable = false, updatable = false)
  private Long referralId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "host_id", nullable = false)
  private Organisation host;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RelocationState state;

  @Column(name = "planned_start", nullable = false)
  private LocalDate plannedStart;

  @Column(name = "planned_end", nullable = false)
  private LocalDate plannedEnd;

  @Column(name = "budget_eur", nullable = false, precision = 10, scale = 2)
  private BigDecimal budgetEur;

  @Column(name = "arrived_on")
  private LocalDate arrivedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "end_reason", length = 2000)
  private String endReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "follow_up", length = 30)
  private FollowUp followUp;

  @Column(name = "follow_up_notes", length = 2000)
  private String followUpNotes;

  @Version private long version;

  protected Relocation() {}

  public Relocation(RelocationOffer offer, LocalDate plannedStart, LocalDate plannedEnd, BigDecimal budgetEur) {
    this.offer = offer;
    this.referral = offer.getReferral();
    this.host = offer.getHost();
    this.state = RelocationState.PLANNED;
    this.plannedStart = plannedStart;
    this.plannedEnd = plannedEnd;
    this.budgetEur = budgetEur;
  }

  public void arrive(LocalDate on) {
    require(RelocationState.PLANNED);
    state = RelocationState.ACTIVE;
    arrivedOn = on;
  }

  /** The defender went back as planned (or close to it). */
  public void returned(LocalDate on) {
    require(RelocationState.ACTIVE);
    state = RelocationState.RETURNED;
    endedOn = on;
  }

  /** Ended before its planned end, or called off before the defender arrived; the place is free again. */
  public void endEarly(LocalDate on, String reason) {
    if (!state.takesAPlace()) {
      throw new IllegalStateException("relocation " + id + " is over already");
    }
    state = RelocationState.ENDED_EARLY;
    endedOn = on;
    endReason = reason;
  }

  public void recordFollowUp(FollowUp outcome, String notes) {
    if (state.takesAPlace()) {
      throw new IllegalStateException("relocation " + id + " is not over yet");
    }
    followUp = outcome;
    followUpNotes = notes;
  }

  /** The last day the relocation takes a place: the day it ended, or its planned end. */
  public LocalDate lastDay() {
    return endedOn != null ? endedOn : plannedEnd;
  }

  private void require(RelocationState expected) {
    if (state != expected) {
      throw new IllegalStateException("relocation " + id + " is " + state + ", not " + expected);
    }
  }

  public Long getId() { return id; }
  public RelocationOffer getOffer() { return offer; }
  public Long getOfferId() { return offerId != null ? offerId : offer.getId(); }
  public Referral getReferral() { return referral; }
  public Long getReferralId() { return referralId != null ? referralId : referral.getId(); }
  public Organisation getHost() { return host; }
  public RelocationState getState() { return state; }
  public LocalDate getPlannedStart() { return plannedStart; }
  public LocalDate getPlannedEnd() { return plannedEnd; }
  public BigDecimal getBudgetEur() { return budgetEur; }
  public LocalDate getArrivedOn() { return arrivedOn; }
  public LocalDate getEndedOn() { return endedOn; }
  public String getEndReason() { return endReason; }
  public FollowUp getFollowUp() { return followUp; }
  public String getFollowUpNotes() { return followUpNotes; }
  public long getVersion() { return version; }
}
