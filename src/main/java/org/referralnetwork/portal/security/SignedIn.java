package org.referralnetwork.portal.security;

/** Fired when a caller comes back from Keycloak signed in, for the audit log. */
public record SignedIn(String username) {}
