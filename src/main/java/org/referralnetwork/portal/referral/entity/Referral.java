package org.referralnetwork.portal.referral.entity;

import jakarta.persistence.CascadeType;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.referralnetwork.portal.organisation.entity.Organisation;

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
