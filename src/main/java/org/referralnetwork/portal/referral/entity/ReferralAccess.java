package org.referralnetwork.portal.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One opening of a referral's details: who and when (never what they saw). */
@Entity
@Table(name = "referral_access")
public class ReferralAccess {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "referral_id", nullable = false)
  private long referralId;

  @Column(name = "accessed_by", nullable = false)
  private String accessedBy;

  @Column(name = "accessed_at", nullable = false)
  private Instant accessedAt;

  protected ReferralAccess() {}

  public ReferralAccess(long referralId, String accessedBy, Instant accessedAt) {
    this.referralId = referralId;
    this.accessedBy = accessedBy;
    this.accessedAt = accessedAt;
  }
}
