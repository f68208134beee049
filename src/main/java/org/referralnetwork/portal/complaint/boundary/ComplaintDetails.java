package org.referralnetwork.portal.complaint.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.referralnetwork.portal.complaint.entity.Complaint;
import org.referralnetwork.portal.complaint.entity.ComplaintStatus;

/** One complaint or feedback as the secretariat handles it: its text, the answer, the internal note, the moves open to it. */
public final class ComplaintDetails implements Serializable {

  private static final long serialVersionUID = 1L;
  private final ComplaintRow row;
  private final String body;
  private final String referralReference;
  private final String contact;
  private final String sentBy;
  private final String answer;
  private final Instant answeredAt;
  private final String internalNote;
  private final String handledBy;
  private final List<ComplaintStatus> statuses;
  private final long version;

  ComplaintDetails(Complaint complaint) {
    this.row = new ComplaintRow(complaint);
    this.body = complaint.getBody();
    this.referralReference = complaint.getReferralReference();
    this.contact = complaint.getContact();
    this.sentBy = complaint.getSentBy();
    this.answer = complaint.getAnswer();
    this.answeredAt = complaint.getAnsweredAt();
    this.internalNote = complaint.getInternalNote();
    this.handledBy = complaint.getHandledBy();
    List<ComplaintStatus> open = new ArrayList<>();
    open.add(complaint.getStatus());
    open.addAll(complaint.getStatus().next());
    this.statuses = List.copyOf(open);
    this.version = complaint.getVersion();
  }

  /** Closed ones are kept as they are. */
  public boolean isEditable() {
    return row.getStatus() != ComplaintStatus.CLOSED;
  }

  public ComplaintRow getRow() { return row; }
  public String getBody() { return body; }
  public String getReferralReference() { return referralReference; }
  public String getContact() { return contact; }
  public String getSentBy() { return sentBy; }
  public String getAnswer() { return answer; }
  public Instant getAnsweredAt() { return answeredAt; }
  public String getInternalNote() { return internalNote; }
  public String getHandledBy() { return handledBy; }
  public List<ComplaintStatus> getStatuses() { return statuses; }
  public long getVersion() { return version; }
}
