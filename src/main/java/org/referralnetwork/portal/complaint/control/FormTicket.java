package org.referralnetwork.portal.complaint.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * Issued on the server when a public form is shown, kept in the page's server-side view state (it
 * never travels to the browser): the form may be sent only a few seconds later, and only once.
 */
public record FormTicket(Instant issuedAt) implements Serializable {}
