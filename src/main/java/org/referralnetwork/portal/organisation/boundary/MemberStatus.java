package org.referralnetwork.portal.organisation.boundary;

/** Where a member stands: invited (not yet set their password), active, disabled in Keycloak, or of a suspended organisation. */
public enum MemberStatus {
  INVITED,
  ACTIVE,
  DISABLED,
  SUSPENDED
}
