package org.referralnetwork.portal.security;

/** Fired when a page or file is refused to the caller, for the audit log. */
public record AccessRefused(String what) {}
