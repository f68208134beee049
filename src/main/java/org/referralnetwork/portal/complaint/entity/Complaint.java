package org.referralnetwork.portal.complaint.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.protection.control.Sealed;
import org.referralnetwork.portal.referral.entity.RequestLanguage;

/**
 * A complaint filed by anyone affected, or feedback sent by a partner, and the secretariat's
 * handling of it. A complaint is followed with its reference and a secret code, of which only a
 * hash is kept. The answer is shown to the complainant, the internal note never.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 12, updatable = false)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private ComplaintKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private ComplaintSubject subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ComplaintStatus status;

  /** SHA-256 (hex) of the complainant's secret code; none for feedback. */
  @Column(name = "secret_hash", length = 64, updatable = false)
  private String secretHash;

  @Column(name = "body", nullable = false, updatable = false)
  private Sealed body;

  @Column(name = "referral_reference", updatable = false)
  private Sealed referralReference;

  @Column(name = "contact", updatable = false)
  private Sealed contact;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2, updatable = false)
  private RequestLanguage language;

  /** The partner organisation that sent feedback; none for a complaint. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id", updatable = false)
  private Organisation organisation;

  @Column(name = "sent_by", updatable = false)
  private String sentBy;

  @Column(name = "filed_at", nullable = false, updatable = false)
  private Instant filedAt;

  @Column(name = "answer")
  private Sealed answer;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "internal_note")
  private Sealed internalNote;

  @Column(name = "handled_by")
  private String handledBy;

  @Column(name = "handled_at")
  private Instant handledAt;

  /** The key its personal text will be encrypted with (application-level encryption, to come). */
  /** The complaint's own data key: its texts are sealed with it, and erased by destroying it. */
  @Column(name = "data_key_id", nullable = false, updatable = false)
  private long dataKeyId;

  @Version private long version;

  protected Complaint() {}

  private Complaint(ComplaintKind kind, long dataKeyId, String reference, ComplaintSubject subject, String body,
      RequestLanguage language, Instant now) {
    this.kind = kind;
    this.dataKeyId = dataKeyId;
    this.reference = reference;
    this.subject = subject;
    this.body = Sealed.text(dataKeyId, body);
    this.language = language;
    this.status = ComplaintStatus.RECEIVED;
    this.filedAt = now;
  }

  /** A complaint from anyone, followed later with its reference and the code whose hash is given. */
  public static Complaint complaint(long dataKeyId, String reference, String secretHash, ComplaintSubject subject,
      String body, String referralReference, String contact, RequestLanguage language, Instant now) {
    Complaint complaint = new Complaint(ComplaintKind.COMPLAINT, dataKeyId, reference, subject, body, language, now);
    complaint.secretHash = secretHash;
    complaint.referralReference = Sealed.text(dataKeyId, referralReference);
    complaint.contact = Sealed.text(dataKeyId, contact);
    return complaint;
  }

  /** Feedback from a partner's user, recorded with their organisation. */
  public static Complaint feedback(long dataKeyId, String reference, Organisation organisation, String sentBy,
      ComplaintSubject subject, String body, RequestLanguage language, Instant now) {
    Complaint feedback = new Complaint(ComplaintKind.FEEDBACK, dataKeyId, reference, subject, body, language, now);
    feedback.organisation = organisation;
    feedback.sentBy = sentBy;
    return feedback;
  }

  /**
   * The secretariat's handling: the answer and internal note as given now, and a move when
   * {@code target} differs from the present state ({@link ComplaintStatus} decides which moves are
   * allowed). Answering needs an answer.
   */
  public void handle(ComplaintStatus target, String answer, String internalNote, String by, Instant now) {
    if (target != status && !status.mayMoveTo(target)) {
      throw new ComplaintMoveNotAllowedException(status, target);
    }
    if (status == ComplaintStatus.CLOSED) {
      throw new ComplaintMoveNotAllowedException(status, target);
    }
    if (target == ComplaintStatus.ANSWERED && (answer == null || answer.isBlank())) {
      throw new AnswerRequiredException();
    }
    if (target == ComplaintStatus.ANSWERED && (status != ComplaintStatus.ANSWERED || !answer.equals(getAnswer()))) {
      answeredAt = now;
    }
    this.status = target;
    this.answer = Sealed.text(dataKeyId, answer);
    this.internalNote = Sealed.text(dataKeyId, internalNote);
    this.handledBy = by;
    this.handledAt = now;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public ComplaintKind getKind() { return kind; }
  public ComplaintSubject getSubject() { return subject; }
  public ComplaintStatus getStatus() { return status; }
  public String getSecretHash() { return secretHash; }
  public String getBody() { return Sealed.textOf(body); }
  public String getReferralReference() { return Sealed.textOf(referralReference); }
  public String getContact() { return Sealed.textOf(contact); }
  public RequestLanguage getLanguage() { return language; }
  public Organisation getOrganisation() { return organisation; }
  public String getSentBy() { return sentBy; }
  public Instant getFiledAt() { return filedAt; }
  public String getAnswer() { return Sealed.textOf(answer); }
  public Instant getAnsweredAt() { return answeredAt; }
  public String getInternalNote() { return Sealed.textOf(internalNote); }
  public String getHandledBy() { return handledBy; }
  public Instant getHandledAt() { return handledAt; }
  public long getDataKeyId() { return dataKeyId; }
  public long getVersion() { return version; }
}
