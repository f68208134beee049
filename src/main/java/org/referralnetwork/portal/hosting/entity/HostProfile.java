package org.referralnetwork.portal.hosting.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.referralnetwork.portal.referral.entity.RequestLanguage;

/** What one host organisation can offer a relocated defender; its places are {@link HostCapacity}. */
@Entity
@Table(name = "host_profile")
public class HostProfile {

  @Id
  @Column(name = "organisation_id", length = 36)
  private String organisationId;

  @Column(length = 500)
  private String cities;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "host_provision", joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "provision", length = 40)
  @Enumerated(EnumType.STRING)
  private Set<HostProvision> provisions = EnumSet.noneOf(HostProvision.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "host_language", joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "language", length = 2)
  @Enumerated(EnumType.STRING)
  private Set<RequestLanguage> languages = EnumSet.noneOf(RequestLanguage.class);

  @Column(name = "gender_sensitive", nullable = false)
  private boolean genderSensitive;

  @Column(name = "accessibility", nullable = false)
  private boolean accessible;

  @Column(length = 2000)
  private String notes;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected HostProfile() {}

  public HostProfile(String organisationId) {
    this.organisationId = organisationId;
  }

  /** Takes what the host says it offers now. */
  public void describe(Offering offering, String by, Instant now) {
    cities = offering.cities();
    provisions.clear();
    provisions.addAll(offering.provisions());
    languages.clear();
    languages.addAll(offering.languages());
    genderSensitive = offering.genderSensitive();
    accessible = offering.accessible();
    notes = offering.notes();
    updatedBy = by;
    updatedAt = now;
  }

  /** What a host offers, as it fills in its profile. */
  public record Offering(String cities, Set<HostProvision> provisions, Set<RequestLanguage> languages,
      boolean genderSensitive, boolean accessible, String notes) {}

  public Offering offering() {
    return new Offering(cities, getProvisions(), getLanguages(), genderSensitive, accessible, notes);
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public Set<HostProvision> getProvisions() {
    return provisions.isEmpty() ? EnumSet.noneOf(HostProvision.class) : EnumSet.copyOf(provisions);
  }

  public Set<RequestLanguage> getLanguages() {
    return languages.isEmpty() ? EnumSet.noneOf(RequestLanguage.class) : EnumSet.copyOf(languages);
  }

  public boolean isGenderSensitive() {
    return genderSensitive;
  }

  public boolean isAccessible() {
    return accessible;
  }

  public String getCities() {
    return cities;
  }

  public long getVersion() {
    return version;
  }
}
