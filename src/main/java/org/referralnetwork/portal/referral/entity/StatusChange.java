package org.referralnetwork.portal.referral.entity;

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
import jakarta.persistence.Table;
import java.time.Instant;
import org.referralnetwork.portal.protection.control.Sealed;

/** One line of a referral's status history: who moved it, from where to where, when and why. */
@Entity
@Table(name = "referral_status_change")
public class StatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id", nullable = false)
  private Referral referral;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 40)
  private ReferralStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 40)
  private ReferralStatus toStatus;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column
  private Sealed reason;

  protected StatusChange() {}

  StatusChange(
      Referral referral,
      ReferralStatus fromStatus,
      ReferralStatus toStatus,
      String changedBy,
      Instant changedAt,
      String reason) {
    this.referral = referral;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.reason = Sealed.text(referral.getDataKeyId(), reason);
  }

  public ReferralStatus getFromStatus() {
    return fromStatus;
  }

  public ReferralStatus getToStatus() {
    return toStatus;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getReason() {
    return Sealed.textOf(reason);
  }
}
