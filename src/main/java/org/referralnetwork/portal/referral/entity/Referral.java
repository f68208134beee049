package org.referralnetwork.portal.referral.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.protection.control.Sealed;

/** A request by one organisation that one defender be supported by one programme. */
@Entity
@Table(name = "referral")
public class Referral {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Programme programme;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  /** The organisation's id as the column holds it, so that scoped counts need no join. */
  @Column(name = "organisation_id", insertable = false, updatable = false)
  private String organisationId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
  @JoinColumn(name = "defender_id", nullable = false)
  private Defender defender;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ReferralStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Urgency urgency;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_language", nullable = false, length = 2)
  private RequestLanguage language;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** The data key that seals this referral's personal data, its defender's, messages and documents. */
  @Column(name = "data_key_id", nullable = false)
  private long dataKeyId;

  @Column(name = "risk_situation")
  private Sealed riskSituation;

  // lazy: lists do not show the measures, so a page of referrals does not read them
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "referral_measure", joinColumns = @JoinColumn(name = "referral_id"))
  @Column(name = "measure", length = 40)
  @Enumerated(EnumType.STRING)
  private Set<ProtectionMeasure> measures = EnumSet.noneOf(ProtectionMeasure.class);

  @Column(name = "other_measures")
  private Sealed otherMeasures;

  @Column(name = "amount_eur", precision = 10, scale = 2)
  private BigDecimal amountEur;

  @Column(name = "relocation_months")
  private Integer relocationMonths;

  @Column(name = "family_members", nullable = false)
  private int familyMembers;

  @Column(name = "family_details")
  private Sealed familyDetails;

  @Column(name = "other_applications")
  private Sealed otherApplications;

  @Column(name = "consent_given", nullable = false)
  private boolean consentGiven;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Confidentiality confidentiality = Confidentiality.CONFIDENTIAL;

  @Column(name = "share_with", length = 500)
  private String shareWith;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  /** The database's rank in the review queue (V16): null once decided; urgent 0, high 1, else 2. */
  @Column(name = "review_rank", insertable = false, updatable = false)
  private Integer reviewRank;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "assigned_reviewer")
  private String assignedReviewer;

  @Column(name = "redirected_to", length = 1000)
  private String redirectedTo;

  /** The defender's identity hash while this referral is open; a unique key keeps it to one. */
  @Column(name = "open_identity", length = 64)
  private String openIdentity;

  /** When its data key was destroyed: from then on only the fact that it existed remains. */
  @Column(name = "erased_at")
  private Instant erasedAt;

  @Version private long version;

  @OneToMany(mappedBy = "referral", cascade = CascadeType.PERSIST)
  @OrderBy("changedAt")
  private List<StatusChange> history = new ArrayList<>();

  protected Referral() {}

  /** A new draft, with the first line of its status history. */
  public static Referral draft(
      Organisation organisation,
      Defender defender,
      Programme programme,
      Urgency urgency,
      RequestLanguage language,
      String createdBy,
      Instant now) {
    Referral referral = new Referral();
    referral.organisation = organisation;
    referral.defender = defender;
    referral.dataKeyId = defender.getDataKeyId();
    referral.programme = programme;
    referral.urgency = urgency;
    referral.language = language;
    referral.status = ReferralStatus.DRAFT;
    referral.createdBy = createdBy;
    referral.createdAt = now;
    referral.updatedAt = now;
    referral.history.add(new StatusChange(referral, null, ReferralStatus.DRAFT, createdBy, now, null));
    return referral;
  }

  /**
   * Makes one move of the referral's life, checked against {@link Transition}, and records who,
   * when and why in the status history. Refused moves change nothing.
   */
  public void apply(Transition transition, String by, String reason, Instant now) {
    requireNotErased();
    if (!transition.startsFrom(status)) {
      throw new TransitionNotAllowedException(transition, status, "not from this state");
    }
    if (!transition.appliesTo(programme)) {
      throw new TransitionNotAllowedException(transition, status, "not for " + programme);
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (transition.isReasonRequired() && why == null) {
      throw new TransitionNotAllowedException(transition, status, "a reason is required");
    }
    history.add(new StatusChange(this, status, transition.target(), by, now, why));
    status = transition.target();
    updatedAt = now;
    switch (status) {
      case SUBMITTED -> {
        submittedAt = now;
        openIdentity = defender.getIdentityHash();
      }
      case ACCEPTED -> decidedAt = now;
      case REJECTED, WITHDRAWN, CLOSED -> {
        decidedAt = decidedAt == null ? now : decidedAt;
        openIdentity = null;
      }
      case REDIRECTED -> {
        decidedAt = now;
        redirectedTo = why;
        openIdentity = null;
      }
      default -> { }
    }
  }

  /** What the referrer says about the risk and the support asked; only while it is a draft. */
  public void describe(Details details) {
    requireNotErased();
    if (status != ReferralStatus.DRAFT) {
      throw new TransitionNotAllowedException(Transition.SUBMIT, status, "only a draft can be edited");
    }
    riskSituation = Sealed.text(dataKeyId, details.riskSituation());
    urgency = details.urgency();
    language = details.language();
    measures.clear();
    measures.addAll(details.measures());
    otherMeasures = Sealed.text(dataKeyId, details.otherMeasures());
    amountEur = details.amountEur();
    relocationMonths = details.relocationMonths();
    familyMembers = details.familyMembers();
    familyDetails = Sealed.text(dataKeyId, details.familyDetails());
    otherApplications = Sealed.text(dataKeyId, details.otherApplications());
    consentGiven = details.consentGiven();
    confidentiality = details.confidentiality();
    shareWith = details.shareWith();
  }

  /** The parts of a draft a referrer fills in, step by step. */
  public record Details(
      String riskSituation,
      Urgency urgency,
      RequestLanguage language,
      Set<ProtectionMeasure> measures,
      String otherMeasures,
      BigDecimal amountEur,
      Integer relocationMonths,
      int familyMembers,
      String familyDetails,
      String otherApplications,
      boolean consentGiven,
      Confidentiality confidentiality,
      String shareWith) {}

  /** Its personal data may go once nothing more happens to it, or while it is a draft nobody sent. */
  public boolean isErasable() {
    return erasedAt == null && (status == ReferralStatus.DRAFT || status.isEnded());
  }

  /** Records that the data key was destroyed; the defender can no longer be recognised either. */
  public void markErased(Instant now) {
    if (!isErasable()) {
      throw new IllegalStateException("the personal data of an open referral is still needed");
    }
    erasedAt = now;
    updatedAt = now;
    openIdentity = null;
    redirectedTo = null;
    defender.forget();
  }

  /** Its data key is gone: whatever would be added could not be sealed, and the case is over. */
  public void requireNotErased() {
    if (erasedAt != null) {
      throw new ReferralErasedException();
    }
  }

  public Instant getErasedAt() {
    return erasedAt;
  }

  public void assignReviewer(String reviewer) {
    this.assignedReviewer = reviewer;
  }

  public void touch(Instant now) {
    this.updatedAt = now;
  }

  public String getRiskSituation() {
    return Sealed.textOf(riskSituation);
  }

  public Set<ProtectionMeasure> getMeasures() {
    return measures.isEmpty() ? EnumSet.noneOf(ProtectionMeasure.class) : EnumSet.copyOf(measures);
  }

  public String getOtherMeasures() {
    return Sealed.textOf(otherMeasures);
  }

  public BigDecimal getAmountEur() {
    return amountEur;
  }

  public Integer getRelocationMonths() {
    return relocationMonths;
  }

  public int getFamilyMembers() {
    return familyMembers;
  }

  public String getFamilyDetails() {
    return Sealed.textOf(familyDetails);
  }

  public String getOtherApplications() {
    return Sealed.textOf(otherApplications);
  }

  public boolean isConsentGiven() {
    return consentGiven;
  }

  public Confidentiality getConfidentiality() {
    return confidentiality;
  }

  public String getShareWith() {
    return shareWith;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getAssignedReviewer() {
    return assignedReviewer;
  }

  public String getRedirectedTo() {
    return redirectedTo;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getDataKeyId() {
    return dataKeyId;
  }

  public long getVersion() {
    return version;
  }

  /** The reference people quote on the phone or in a message, never a name: R-000123. */
  public static String reference(long id) {
    // not String.format: it parsed its pattern at each call, 1 % of a submission's CPU (answers, outbox)
    String digits = Long.toString(id);
    return "R-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
  }

  public Long getId() {
    return id;
  }

  public Programme getProgramme() {
    return programme;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public Defender getDefender() {
    return defender;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public RequestLanguage getLanguage() {
    return language;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<StatusChange> getHistory() {
    return List.copyOf(history);
  }
}
