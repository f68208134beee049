package org.referralnetwork.portal.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.referralnetwork.portal.protection.control.Sealed;

/** One message of a referral's thread between the referring organisation and the secretariat. */
@Entity
@Table(name = "referral_message")
public class ReferralMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id", nullable = false)
  private Referral referral;

  @Column(nullable = false)
  private String author;

  @Column(name = "from_secretariat", nullable = false)
  private boolean fromSecretariat;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(nullable = false)
  private Sealed body;

  protected ReferralMessage() {}

  public ReferralMessage(Referral referral, String author, boolean fromSecretariat, Instant sentAt, String body) {
    this.referral = referral;
    this.author = author;
    this.fromSecretariat = fromSecretariat;
    this.sentAt = sentAt;
    referral.requireNotErased();
    this.body = Sealed.text(referral.getDataKeyId(), body);
  }

  public String getAuthor() {
    return author;
  }

  public boolean isFromSecretariat() {
    return fromSecretariat;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getBody() {
    return Sealed.textOf(body);
  }
}
