package org.referralnetwork.portal.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.referralnetwork.portal.organisation.entity.Organisation;

/** A defender at risk, as the referring organisation knows them (name or alias). */
@Entity
@Table(name = "defender")
public class Defender {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @Column(name = "name_or_alias", nullable = false, length = 200)
  private String nameOrAlias;

  @Column(name = "country_code", nullable = false, length = 2)
  private String countryCode;

  /** Keyed hash of the normalised name and country: how the same person is recognised. */
  @Column(name = "identity_hash", length = 64)
  private String identityHash;

  @Column(name = "gender_identity", length = 100)
  private String genderIdentity;

  @Column(length = 50)
  private String pronouns;

  @Column(length = 200)
  private String languages;

  @Column(name = "safe_contact", length = 500)
  private String safeContact;

  @Column(name = "human_rights_work", length = 4000)
  private String humanRightsWork;

  protected Defender() {}

  public Defender(Organisation organisation, String nameOrAlias, String countryCode) {
    this.organisation = organisation;
    this.nameOrAlias = nameOrAlias;
    this.countryCode = countryCode;
  }

  /** Renames or moves the defender, with the identity hash recomputed by the caller. */
  public void identify(String nameOrAlias, String countryCode, String identityHash) {
    this.nameOrAlias = nameOrAlias;
    this.countryCode = countryCode;
    this.identityHash = identityHash;
  }

  public void describe(String genderIdentity, String pronouns, String languages, String safeContact, String humanRightsWork) {
    this.genderIdentity = genderIdentity;
    this.pronouns = pronouns;
    this.languages = languages;
    this.safeContact = safeContact;
    this.humanRightsWork = humanRightsWork;
  }

  public String getIdentityHash() {
    return identityHash;
  }

  public String getGenderIdentity() {
    return genderIdentity;
  }

  public String getPronouns() {
    return pronouns;
  }

  public String getLanguages() {
    return languages;
  }

  public String getSafeContact() {
    return safeContact;
  }

  public String getHumanRightsWork() {
    return humanRightsWork;
  }

  public Long getId() {
    return id;
  }

  public String getNameOrAlias() {
    return nameOrAlias;
  }

  public String getCountryCode() {
    return countryCode;
  }
}
