package org.referralnetwork.portal.organisation.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A member on an organisation's member list: who, their portal roles, last sign-in and status. */
public record MemberRow(String id, String username, String name, String email, Set<String> roles, Instant lastSignIn,
    MemberStatus status) implements Serializable {}
