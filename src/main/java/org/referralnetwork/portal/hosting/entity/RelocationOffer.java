package org.referralnetwork.portal.hosting.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.RequestLanguage;

/**
 * The secretariat's offer of one accepted relocation referral to one host, with only what the host
 * needs to answer: the wanted period, language and needs, and the defender's name only when the
 * defender's consent allows it to be shared.
 */
@Entity
@Table(name = "relocation_offer")
public class RelocationOffer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id", nullable = false)
  private Referral referral;

  /** The referral's id without loading the referral (lists of many). */
  @Column(name = "referral_id", insertable = false, updatable = false)
  private Long referralId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "host_id", nullable = false)
  private Organisation host;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OfferState state;

  @Column(name = "wanted_start", nullable = false)
  private LocalDate wantedStart;

  @Column(nullable = false)
  private int months;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private RequestLanguage language;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "relocation_offer_need", joinColumns = @JoinColumn(name = "offer_id"))
  @Column(name = "provision", length = 40)
  @Enumerated(EnumType.STRING)
  private Set<HostProvision> needs = EnumSet.noneOf(HostProvision.class);

  @Column(name = "gender_sensitive", nullable = false)
  private boolean genderSensitive;

  @Column(name = "accessibility", nullable = false)
  private boolean accessible;

  @Column(name = "family_members", nullable = false)
  private int familyMembers;

  @Column(name = "share_identity", nullable = false)
  private boolean shareIdentity;

  @Column(length = 2000)
  private String note;

  @Column(name = "offered_by", nullable = false)
  private String offeredBy;

  @Column(name = "offered_at", nullable = false)
  private Instant offeredAt;

  @Column(name = "answer_due", nullable = false)
  private Instant answerDue;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answer_reason", length = 2000)
  private String answerReason;

  /** The referral's id while the offer waits; a unique key keeps one open offer per referral. */
  @Column(name = "open_referral_id")
  private Long openReferralId;

  @Version private long version;

  protected RelocationOffer() {}

  public RelocationOffer(Referral referral, Organisation host, HostingRequest request, boolean shareIdentity,
      String by, Instant now, Instant answerDue) {
    this.referral = referral;
    this.host = host;
    this.state = OfferState.OFFERED;
    this.wantedStart = request.wantedStart();
    this.months = request.months();
    this.language = request.language();
    this.needs.addAll(request.needs());
    this.genderSensitive = request.genderSensitive();
    this.accessible = request.accessible();
    this.familyMembers = referral.getFamilyMembers();
    this.shareIdentity = shareIdentity;
    this.note = request.note();
    this.offeredBy = by;
    this.offeredAt = now;
    this.answerDue = answerDue;
    this.openReferralId = referral.getId();
  }

  public void accept(String by, Instant now) {
    answer(OfferState.ACCEPTED, by, null, now);
  }

  public void decline(String by, String reason, Instant now) {
    answer(OfferState.DECLINED, by, reason, now);
  }

  public void withdraw(String by, String reason, Instant now) {
    answer(OfferState.WITHDRAWN, by, reason, now);
  }

  private void answer(OfferState answer, String by, String reason, Instant now) {
    if (state != OfferState.OFFERED) {
      throw new OfferAnsweredException(id);
    }
    state = answer;
    answeredBy = by;
    answeredAt = now;
    answerReason = reason;
    openReferralId = null;
  }

  /** Still waiting for the host after the time it was given: the secretariat is told. */
  public boolean isOverdue(Instant now) {
    return state == OfferState.OFFERED && now.isAfter(answerDue);
  }

  /** The last day of the wanted period. */
  public LocalDate wantedEnd() {
    return wantedStart.plusMonths(months).minusDays(1);
  }

  public Long getId() { return id; }
  public Referral getReferral() { return referral; }
  public Long getReferralId() { return referralId != null ? referralId : referral.getId(); }
  public Organisation getHost() { return host; }
  public OfferState getState() { return state; }
  public LocalDate getWantedStart() { return wantedStart; }
  public int getMonths() { return months; }
  public RequestLanguage getLanguage() { return language; }
  public Set<HostProvision> getNeeds() { return needs.isEmpty() ? EnumSet.noneOf(HostProvision.class) : EnumSet.copyOf(needs); }
  public boolean isGenderSensitive() { return genderSensitive; }
  public boolean isAccessible() { return accessible; }
  public int getFamilyMembers() { return familyMembers; }
  public boolean isShareIdentity() { return shareIdentity; }
  public String getNote() { return note; }
  public String getOfferedBy() { return offeredBy; }
  public Instant getOfferedAt() { return offeredAt; }
  public Instant getAnswerDue() { return answerDue; }
  public String getAnsweredBy() { return answeredBy; }
  public Instant getAnsweredAt() { return answeredAt; }
  public String getAnswerReason() { return answerReason; }
  public long getVersion() { return version; }
}
