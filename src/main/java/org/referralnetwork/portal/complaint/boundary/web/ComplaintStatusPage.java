package org.referralnetwork.portal.complaint.boundary.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.referralnetwork.portal.complaint.boundary.ComplaintRefusedException;
import org.referralnetwork.portal.complaint.boundary.ComplaintStatusView;
import org.referralnetwork.portal.complaint.boundary.Complaints;
import org.referralnetwork.portal.platform.web.Messages;

/** The public page where a complainant follows a complaint with its reference and secret code (posted, never in the address). */
@Named("complaintStatus")
@ViewScoped
public class ComplaintStatusPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Complaints complaints;
  @Inject private Messages messages;

  private String reference;
  private String code;
  private ComplaintStatusView complaint;

  public void find() {
    complaint = null;
    try {
      complaint = complaints.follow(reference, code);
    } catch (ComplaintRefusedException refused) {
      refused.getKeys().forEach(key -> messages.error(key, refused.getArguments()));
    }
  }

  public String getReference() { return reference; }
  public void setReference(String reference) { this.reference = reference; }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public ComplaintStatusView getComplaint() { return complaint; }
}
