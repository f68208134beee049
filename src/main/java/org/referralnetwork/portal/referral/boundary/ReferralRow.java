package org.referralnetwork.portal.referral.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Urgency;

/** One line of a list of referrals, as pages show it (getters: Faces EL does not read records). */
public final class ReferralRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String defenderName;
  private final String countryCode;
  private final Programme programme;
  private final ReferralStatus status;
  private final Urgency urgency;
  private final RequestLanguage language;
  private final String organisationName;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final Instant submittedAt;
  private final String assignedReviewer;

  ReferralRow(Referral referral) {
    this(referral, true);
  }

  /** A row; without the name shown, the defender appears by initials. */
  ReferralRow(Referral referral, boolean nameShown) {
    this.id = referral.getId();
    String name = referral.getDefender().getNameOrAlias();
    // null once erased; the page says so
    this.defenderName = name == null || nameShown ? name : PersonalDetails.initials(name);
    this.countryCode = referral.getDefender().getCountryCode();
    this.programme = referral.getProgramme();
    this.status = referral.getStatus();
    this.urgency = referral.getUrgency();
    this.language = referral.getLanguage();
    this.organisationName = referral.getOrganisation().getName();
    this.createdAt = referral.getCreatedAt();
    this.updatedAt = referral.getUpdatedAt();
    this.submittedAt = referral.getSubmittedAt();
    this.assignedReviewer = referral.getAssignedReviewer();
  }

  public long getId() {
    return id;
  }

  /** The reference people quote on the phone or in a message, never a name. */
  public String getReference() {
    return Referral.reference(id);
  }

  public String getDefenderName() {
    return defenderName;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public Programme getProgramme() {
    return programme;
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

  public String getOrganisationName() {
    return organisationName;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getAssignedReviewer() {
    return assignedReviewer;
  }

  public LocalDateTime getSubmittedAtUtc() {
    return submittedAt == null ? null : LocalDateTime.ofInstant(submittedAt, ZoneOffset.UTC);
  }

  /** Hours since submission, for the review queue. */
  public long getWaitingHours() {
    return submittedAt == null ? 0 : Duration.between(submittedAt, Instant.now()).toHours();
  }

  /** The creation time as UTC wall-clock time, for Faces 4.0 converters that cannot format instants. */
  public LocalDateTime getCreatedAtUtc() {
    return LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC);
  }
}
