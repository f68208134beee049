package org.referralnetwork.portal.referral.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.referralnetwork.portal.referral.entity.ReferralDocument;

/** A supporting document as the referral's page lists it (never its content). */
public final class DocumentRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String fileName;
  private final int sizeKb;
  private final String uploadedBy;
  private final LocalDateTime uploadedAt;

  DocumentRow(ReferralDocument document) {
    this.id = document.getId();
    this.fileName = document.getFileName();
    this.sizeKb = Math.max(1, document.getSizeBytes() / 1024);
    this.uploadedBy = document.getUploadedBy();
    this.uploadedAt = LocalDateTime.ofInstant(document.getUploadedAt(), ZoneOffset.UTC);
  }

  public long getId() { return id; }
  public String getFileName() { return fileName; }
  public int getSizeKb() { return sizeKb; }
  public String getUploadedBy() { return uploadedBy; }
  public LocalDateTime getUploadedAt() { return uploadedAt; }
}
