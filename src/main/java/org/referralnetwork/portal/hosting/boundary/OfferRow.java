package org.referralnetwork.portal.hosting.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.referralnetwork.portal.hosting.entity.HostProvision;
import org.referralnetwork.portal.hosting.entity.OfferState;
import org.referralnetwork.portal.hosting.entity.RelocationOffer;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.RequestLanguage;

/**
 * One offer to a host, as the secretariat and that host see it: the wanted stay and needs, never
 * the referral's narrative; the defender's name and country only when the defender's consent allows.
 */
public final class OfferRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final long referralId;
  private final String reference;
  private final String hostName;
  private final OfferState state;
  private final LocalDate wantedStart;
  private final LocalDate wantedEnd;
  private final int months;
  private final RequestLanguage language;
  private final Set<HostProvision> needs;
  private final boolean genderSensitive;
  private final boolean accessible;
  private final int familyMembers;
  private final String note;
  private final String defenderName;
  private final String defenderCountry;
  private final String offeredBy;
  private final LocalDateTime offeredAt;
  private final LocalDateTime answerDue;
  private final boolean overdue;
  private final String answeredBy;
  private final LocalDateTime answeredAt;
  private final String answerReason;
  private final long version;

  OfferRow(RelocationOffer offer, Instant now) {
    this.id = offer.getId();
    this.referralId = offer.getReferralId();
    this.reference = Referral.reference(referralId);
    this.hostName = offer.getHost().getName();
    this.state = offer.getState();
    this.wantedStart = offer.getWantedStart();
    this.wantedEnd = offer.wantedEnd();
    this.months = offer.getMonths();
    this.language = offer.getLanguage();
    this.needs = offer.getNeeds();
    this.genderSensitive = offer.isGenderSensitive();
    this.accessible = offer.isAccessible();
    this.familyMembers = offer.getFamilyMembers();
    this.note = offer.getNote();
    this.defenderName = offer.isShareIdentity() ? offer.getReferral().getDefender().getNameOrAlias() : null;
    this.defenderCountry = offer.isShareIdentity() ? offer.getReferral().getDefender().getCountryCode() : null;
    this.offeredBy = offer.getOfferedBy();
    this.offeredAt = utc(offer.getOfferedAt());
    this.answerDue = utc(offer.getAnswerDue());
    this.overdue = offer.isOverdue(now);
    this.answeredBy = offer.getAnsweredBy();
    this.answeredAt = utc(offer.getAnsweredAt());
    this.answerReason = offer.getAnswerReason();
    this.version = offer.getVersion();
  }

  static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public boolean isWaiting() {
    return state == OfferState.OFFERED;
  }

  public long getId() { return id; }
  public long getReferralId() { return referralId; }
  public String getReference() { return reference; }
  public String getHostName() { return hostName; }
  public OfferState getState() { return state; }
  public LocalDate getWantedStart() { return wantedStart; }
  public LocalDate getWantedEnd() { return wantedEnd; }
  public int getMonths() { return months; }
  public RequestLanguage getLanguage() { return language; }
  public Set<HostProvision> getNeeds() { return needs; }
  public boolean isGenderSensitive() { return genderSensitive; }
  public boolean isAccessible() { return accessible; }
  public int getFamilyMembers() { return familyMembers; }
  public String getNote() { return note; }
  public String getDefenderName() { return defenderName; }
  public String getDefenderCountry() { return defenderCountry; }
  public String getOfferedBy() { return offeredBy; }
  public LocalDateTime getOfferedAt() { return offeredAt; }
  public LocalDateTime getAnswerDue() { return answerDue; }
  public boolean isOverdue() { return overdue; }
  public String getAnsweredBy() { return answeredBy; }
  public LocalDateTime getAnsweredAt() { return answeredAt; }
  public String getAnswerReason() { return answerReason; }
  public long getVersion() { return version; }
}
