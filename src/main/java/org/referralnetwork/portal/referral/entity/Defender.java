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

  protected Defender() {}

  public Defender(Organisation organisation, String nameOrAlias, String countryCode) {
    this.organisation = organisation;
    this.nameOrAlias = nameOrAlias;
    this.countryCode = countryCode;
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
