package org.referralnetwork.portal.organisation.entity;

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
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A partner organisation, keyed by its Keycloak organisation id. */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false)
  private String alias;

  @Column(nullable = false)
  private String name;

  // lazy: a list of referrals shows the organisation's name only
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "organisation_kind", joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "kind", length = 40)
  @Enumerated(EnumType.STRING)
  private Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "refreshed_at", nullable = false)
  private Instant refreshedAt;

  @Column(name = "suspended_at")
  private Instant suspendedAt;

  @Column(name = "suspension_reason", length = 500)
  private String suspensionReason;

  protected Organisation() {}

  public Organisation(String id, String alias, String name, Set<OrganisationKind> kinds, Instant now) {
    this.id = id;
    this.registeredAt = now;
    refresh(alias, name, kinds, now);
  }

  /** Takes the alias, name and kinds Keycloak holds now. */
  public final void refresh(String alias, String name, Set<OrganisationKind> kinds, Instant now) {
    this.alias = alias;
    this.name = name;
    this.kinds.clear();
    this.kinds.addAll(kinds);
    this.refreshedAt = now;
  }

  /** Its members are refused from now on; its referrals stay. */
  public void suspend(String reason, Instant now) {
    this.suspendedAt = now;
    this.suspensionReason = reason;
  }

  public void reactivate() {
    this.suspendedAt = null;
    this.suspensionReason = null;
  }

  public boolean isSuspended() {
    return suspendedAt != null;
  }

  public String getSuspensionReason() {
    return suspensionReason;
  }

  public String getId() {
    return id;
  }

  public String getAlias() {
    return alias;
  }

  public String getName() {
    return name;
  }

  public Set<OrganisationKind> getKinds() {
    return kinds.isEmpty() ? EnumSet.noneOf(OrganisationKind.class) : EnumSet.copyOf(kinds);
  }
}
