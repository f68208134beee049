package org.referralnetwork.portal.organisation.entity;

import java.util.Objects;

/**
 * Whose rows a query may return: one organisation's, or (for the secretariat only) everyone's.
 * Every repository method that reads referrals takes one, so no query can forget the scope.
 */
public final class OrganisationScope {

  private static final OrganisationScope ALL = new OrganisationScope(null);

  private final String organisationId;

  private OrganisationScope(String organisationId) {
    this.organisationId = organisationId;
  }

  public static OrganisationScope of(String organisationId) {
    return new OrganisationScope(Objects.requireNonNull(organisationId, "organisationId"));
  }

  /** The secretariat's scope: every organisation. */
  public static OrganisationScope all() {
    return ALL;
  }

  public boolean isAll() {
    return organisationId == null;
  }

  /** The organisation this scope is limited to; only meaningful when {@link #isAll()} is false. */
  public String organisationId() {
    if (isAll()) {
      throw new IllegalStateException("the secretariat's scope is not one organisation");
    }
    return organisationId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrganisationScope scope
        && Objects.equals(organisationId, scope.organisationId);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(organisationId);
  }

  @Override
  public String toString() {
    return isAll() ? "all organisations" : "organisation " + organisationId;
  }
}
