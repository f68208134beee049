package org.referralnetwork.portal.complaint.control;

/**
 * The address a request came from, for rate limits only (kept in memory, never stored or logged).
 * It is the connection's remote address; the X-Forwarded-For header counts only when the portal is
 * configured to sit behind a reverse proxy that sets it ({@code portal.complaints.trust-forwarded-for}),
 * and then its last entry, the one that proxy added.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(String remoteAddress, String forwardedFor, boolean trustForwardedFor) {
    if (trustForwardedFor && forwardedFor != null && !forwardedFor.isBlank()) {
      String[] hops = forwardedFor.split(",");
      String last = hops[hops.length - 1].strip();
      if (!last.isEmpty()) {
        return last;
      }
    }
    return remoteAddress == null ? "unknown" : remoteAddress;
  }
}
