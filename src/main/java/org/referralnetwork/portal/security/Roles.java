package org.referralnetwork.portal.security;

/** The realm roles of Keycloak, as the portal checks them. */
public final class Roles {
  public static final String REFERRER = "referrer";
  public static final String ORG_ADMIN = "org-admin";
  public static final String HOST_COORDINATOR = "host-coordinator";
  public static final String REVIEWER = "reviewer";
  public static final String SECRETARIAT_ADMIN = "secretariat-admin";

  /** The roles that see much or change much: their holders must sign in with a one-time password too. */
  public static final java.util.List<String> NEED_SECOND_FACTOR = java.util.List.of(REVIEWER, SECRETARIAT_ADMIN, ORG_ADMIN);

  /** Every role the portal knows. */
  public static final java.util.List<String> ALL =
      java.util.List.of(REFERRER, ORG_ADMIN, HOST_COORDINATOR, REVIEWER, SECRETARIAT_ADMIN);

  private Roles() {}
}
