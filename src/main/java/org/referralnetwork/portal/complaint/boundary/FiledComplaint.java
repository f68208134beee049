package org.referralnetwork.portal.complaint.boundary;

import java.io.Serializable;

/** What the complainant must write down: the reference and the secret code, shown this once. */
public final class FiledComplaint implements Serializable {

  private static final long serialVersionUID = 1L;
  private final String reference;
  private final String code;

  FiledComplaint(String reference, String code) {
    this.reference = reference;
    this.code = code;
  }

  public String getReference() { return reference; }
  public String getCode() { return code; }
}
