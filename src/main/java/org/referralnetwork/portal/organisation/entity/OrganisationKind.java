package org.referralnetwork.portal.organisation.entity;

/** What an organisation does in the network; one organisation may be of several kinds. */
public enum OrganisationKind {
  CONSORTIUM_PARTNER,
  RELOCATION_HOST,
  SHELTER_COPARTNER,
  CANADA_REFERRAL_PARTNER,
  SECRETARIAT
}
