package org.referralnetwork.portal.organisation.entity;

/** Fired, inside the registering transaction, the first time an organisation is seen. */
public final class OrganisationRegistered {

  private final Organisation organisation;

  public OrganisationRegistered(Organisation organisation) {
    this.organisation = organisation;
  }

  public Organisation organisation() {
    return organisation;
  }
}
