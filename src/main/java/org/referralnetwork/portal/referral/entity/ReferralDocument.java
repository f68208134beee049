package org.referralnetwork.portal.referral.entity;

import jakarta.persistence.Basic;
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

/** A supporting document of a referral; its content is read only when downloaded. */
@Entity
@Table(name = "referral_document")
public class ReferralDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id", nullable = false)
  private Referral referral;

  @Column(name = "file_name", nullable = false)
  private Sealed fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private Sealed content;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected ReferralDocument() {}

  public ReferralDocument(Referral referral, String fileName, String contentType, byte[] content, String uploadedBy, Instant at) {
    this.referral = referral;
    referral.requireNotErased();
    this.fileName = Sealed.text(referral.getDataKeyId(), fileName);
    this.contentType = contentType;
    this.content = Sealed.bytes(referral.getDataKeyId(), content);
    this.sizeBytes = content.length;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = at;
  }

  public Long getId() { return id; }
  public Referral getReferral() { return referral; }
  /** The file's name; null once the referral's personal data was erased. */
  public String getFileName() { return Sealed.textOf(fileName); }
  public String getContentType() { return contentType; }
  public int getSizeBytes() { return sizeBytes; }
  /** The file; null once the referral's personal data was erased. */
  public byte[] getContent() { return Sealed.bytesOf(content); }
  public String getUploadedBy() { return uploadedBy; }
  public Instant getUploadedAt() { return uploadedAt; }
}
