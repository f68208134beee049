package org.referralnetwork.portal.complaint.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.referralnetwork.portal.complaint.entity.Complaint;
import org.referralnetwork.portal.complaint.entity.ComplaintKind;
import org.referralnetwork.portal.complaint.entity.ComplaintStatus;
import org.referralnetwork.portal.complaint.entity.ComplaintSubject;
import org.referralnetwork.portal.referral.entity.RequestLanguage;

/** One complaint or feedback in the secretariat's list: no text, only what sorts and finds it. */
public final class ComplaintRow implements Serializable {

  private static final long serialVersionUID = 1L;
  private final long id;
  private final String reference;
  private final ComplaintKind kind;
  private final ComplaintSubject subject;
  private final ComplaintStatus status;
  private final RequestLanguage language;
  private final String organisationName;
  private final Instant filedAt;
  private final Instant handledAt;

  ComplaintRow(Complaint complaint) {
    this.id = complaint.getId();
    this.reference = complaint.getReference();
    this.kind = complaint.getKind();
    this.subject = complaint.getSubject();
    this.status = complaint.getStatus();
    this.language = complaint.getLanguage();
    this.organisationName = complaint.getOrganisation() == null ? null : complaint.getOrganisation().getName();
    this.filedAt = complaint.getFiledAt();
    this.handledAt = complaint.getHandledAt();
  }

  public long getId() { return id; }
  public String getReference() { return reference; }
  public ComplaintKind getKind() { return kind; }
  public ComplaintSubject getSubject() { return subject; }
  public ComplaintStatus getStatus() { return status; }
  public RequestLanguage getLanguage() { return language; }
  public String getOrganisationName() { return organisationName; }
  public Instant getFiledAt() { return filedAt; }
  public Instant getHandledAt() { return handledAt; }
}
