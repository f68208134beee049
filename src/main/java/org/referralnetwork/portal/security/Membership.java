package org.referralnetwork.portal.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;

/** The caller's organisation as the token tells it: Keycloak id, alias, display name, kinds. */
public final class Membership implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String organisationId;
  private final String alias;
  private final String name;
  private final EnumSet<OrganisationKind> kinds;

  public Membership(String organisationId, String alias, String name, Set<OrganisationKind> kinds) {
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    this.alias = Objects.requireNonNull(alias, "alias");
    this.name = name == null || name.isBlank() ? alias : name;
    this.kinds = kinds.isEmpty() ? EnumSet.noneOf(OrganisationKind.class) : EnumSet.copyOf(kinds);
  }

  public String organisationId() {
    return organisationId;
  }

  public String alias() {
    return alias;
  }

  public String name() {
    return name;
  }

  public Set<OrganisationKind> kinds() {
    return EnumSet.copyOf(kinds.isEmpty() ? EnumSet.noneOf(OrganisationKind.class) : kinds);
  }

  public boolean is(OrganisationKind kind) {
    return kinds.contains(kind);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Membership m
        && organisationId.equals(m.organisationId)
        && alias.equals(m.alias)
        && name.equals(m.name)
        && kinds.equals(m.kinds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organisationId, alias, name, kinds);
  }

  @Override
  public String toString() {
    return alias + " (" + organisationId + ") " + kinds;
  }
}
