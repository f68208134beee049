package org.referralnetwork.portal.complaint.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.referralnetwork.portal.complaint.entity.Complaint;
import org.referralnetwork.portal.complaint.entity.ComplaintStatus;
import org.referralnetwork.portal.complaint.entity.ComplaintSubject;

/**
 * A complaint as its complainant (or the partner that sent feedback) follows it: state, dates and
 * the secretariat's answer; never the internal note, nor who handled it.
 */
public final class ComplaintStatusView implements Serializable {

  private static final long serialVersionUID = 1L;
  private final String reference;
  private final ComplaintSubject subject;
  private final ComplaintStatus status;
  private final Instant filedAt;
  private final Instant updatedAt;
  private final String answer;
  private final Instant answeredAt;

  ComplaintStatusView(Complaint complaint) {
    this.reference = complaint.getReference();
    this.subject = complaint.getSubject();
    this.status = complaint.getStatus();
    this.filedAt = complaint.getFiledAt();
    this.updatedAt = complaint.getHandledAt() == null ? complaint.getFiledAt() : complaint.getHandledAt();
    this.answer = complaint.getAnswer();
    this.answeredAt = complaint.getAnsweredAt();
  }

  public String getReference() { return reference; }
  public ComplaintSubject getSubject() { return subject; }
  public ComplaintStatus getStatus() { return status; }
  public Instant getFiledAt() { return filedAt; }
  public Instant getUpdatedAt() { return updatedAt; }
  public String getAnswer() { return answer; }
  public Instant getAnsweredAt() { return answeredAt; }
}
