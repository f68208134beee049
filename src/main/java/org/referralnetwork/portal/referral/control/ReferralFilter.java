package org.referralnetwork.portal.referral.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.Urgency;

/** What a list of referrals is narrowed to; every field left empty lets everything through. */
public class ReferralFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  private Programme programme;
  private ReferralStatus status;
  private Urgency urgency;
  /** created on or after this day (UTC) */
  private LocalDate from;
  /** created on or before this day (UTC) */
  private LocalDate to;
  /** part of the defender's name or alias, or of the reference */
  private String text;
  /** one of these states (for the home page's blocks); empty or null lets every state through */
  private Set<ReferralStatus> statusIn;
  /** decided (accepted, rejected, guided elsewhere) at or after this instant; withdrawals are not decisions */
  private Instant decidedSince;

  public Programme getProgramme() { return programme; }
  public void setProgramme(Programme programme) { this.programme = programme; }
  public ReferralStatus getStatus() { return status; }
  public void setStatus(ReferralStatus status) { this.status = status; }
  public Urgency getUrgency() { return urgency; }
  public void setUrgency(Urgency urgency) { this.urgency = urgency; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate from) { this.from = from; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate to) { this.to = to; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public Set<ReferralStatus> getStatusIn() { return statusIn; }
  public void setStatusIn(Set<ReferralStatus> statusIn) { this.statusIn = statusIn == null ? null : Set.copyOf(statusIn); }
  public Instant getDecidedSince() { return decidedSince; }
  public void setDecidedSince(Instant decidedSince) { this.decidedSince = decidedSince; }
}
