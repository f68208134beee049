package org.referralnetwork.portal.complaint.boundary;

import java.io.Serializable;
import org.referralnetwork.portal.complaint.entity.ComplaintSubject;
import org.referralnetwork.portal.referral.entity.RequestLanguage;

/**
 * What a person types into the complaint form (all of it) or the feedback form (subject and text).
 * {@link Complaints} checks it on the server ({@code ComplaintText}); the page keeps it on an error.
 */
public class ComplaintDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private ComplaintSubject subject;
  private String body;
  private String referralReference;
  private String contact;
  private RequestLanguage language;

  public ComplaintSubject getSubject() { return subject; }
  public void setSubject(ComplaintSubject subject) { this.subject = subject; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
  public String getReferralReference() { return referralReference; }
  public void setReferralReference(String referralReference) { this.referralReference = referralReference; }
  public String getContact() { return contact; }
  public void setContact(String contact) { this.contact = contact; }
  public RequestLanguage getLanguage() { return language; }
  public void setLanguage(RequestLanguage language) { this.language = language; }
}
