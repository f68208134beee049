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
import org.referralnetwork.portal.protection.control.Sealed;

/**
 * A defender at risk, as the referring organisation knows them (name or alias). Everything that
 * identifies or reaches them is sealed with the referral's data key; only the country and two
 * keyed hashes (for the one-request rule and for searching by name) are stored in the clear.
 */
@Entity
@Table(name = "defender")
public class Defender {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @Column(name = "data_key_id", nullable = false)
  private long dataKeyId;

  @Column(name = "name_or_alias", nullable = false)
  private Sealed nameOrAlias;

  @Column(name = "country_code", nullable = false, length = 2)
  private String countryCode;

  /** Keyed hash of the normalised name and country: how the same person is recognised. */
  @Column(name = "identity_hash", length = 64)
  private String identityHash;

  /** Keyed hashes of the name's words, so that a list can be searched by name without reading it. */
  @Column(name = "name_index", length = 700)
  private String nameIndex;

  @Column(name = "gender_identity")
  private Sealed genderIdentity;

  @Column
  private Sealed pronouns;

  @Column
  private Sealed languages;

  @Column(name = "safe_contact")
  private Sealed safeContact;

  @Column(name = "human_rights_work")
  private Sealed humanRightsWork;

  protected Defender() {}

  public Defender(Organisation organisation, long dataKeyId, String nameOrAlias, String countryCode) {
    this.organisation = organisation;
    this.dataKeyId = dataKeyId;
    this.nameOrAlias = Sealed.text(dataKeyId, nameOrAlias);
    this.countryCode = countryCode;
  }

  /** Renames or moves the defender, with the identity hash and name index recomputed by the caller. */
  public void identify(String nameOrAlias, String countryCode, String identityHash, String nameIndex) {
    this.nameOrAlias = Sealed.text(dataKeyId, nameOrAlias);
    this.countryCode = countryCode;
    this.identityHash = identityHash;
    this.nameIndex = nameIndex;
  }

  /** The identity hash again, as the one-request rule computes it when the draft is submitted. */
  public void recognisedAs(String identityHash) {
    this.identityHash = identityHash;
  }

  public void describe(String genderIdentity, String pronouns, String languages, String safeContact, String humanRightsWork) {
    this.genderIdentity = Sealed.text(dataKeyId, genderIdentity);
    this.pronouns = Sealed.text(dataKeyId, pronouns);
    this.languages = Sealed.text(dataKeyId, languages);
    this.safeContact = Sealed.text(dataKeyId, safeContact);
    this.humanRightsWork = Sealed.text(dataKeyId, humanRightsWork);
  }

  /** After erasure: the hashes too go, so that the person can no longer be recognised. */
  public void forget() {
    identityHash = null;
    nameIndex = null;
  }

  public boolean isErased() {
    return Sealed.isErased(nameOrAlias);
  }

  public String getIdentityHash() {
    return identityHash;
  }

  public String getGenderIdentity() {
    return Sealed.textOf(genderIdentity);
  }

  public String getPronouns() {
    return Sealed.textOf(pronouns);
  }

  public String getLanguages() {
    return Sealed.textOf(languages);
  }

  public String getSafeContact() {
    return Sealed.textOf(safeContact);
  }

  public String getHumanRightsWork() {
    return Sealed.textOf(humanRightsWork);
  }

  public Long getId() {
    return id;
  }

  public long getDataKeyId() {
    return dataKeyId;
  }

  /** The name or alias; null once erased. */
  public String getNameOrAlias() {
    return Sealed.textOf(nameOrAlias);
  }

  public String getCountryCode() {
    return countryCode;
  }
}
