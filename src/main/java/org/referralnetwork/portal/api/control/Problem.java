package org.referralnetwork.portal.api.control;

import java.util.Map;

/**
 * An RFC 9457 problem document ({@code application/problem+json}): what went wrong, in the
 * caller's language, and for invalid input which field says what. Never a stack trace.
 */
public record Problem(String type, String title, int status, String detail, Map<String, String> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
