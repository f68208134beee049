package org.referralnetwork.portal.complaint.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.referralnetwork.portal.complaint.boundary.ComplaintDraft;
import org.referralnetwork.portal.complaint.boundary.ComplaintRefusedException;
import org.referralnetwork.portal.complaint.boundary.Complaints;
import org.referralnetwork.portal.complaint.boundary.FiledComplaint;
import org.referralnetwork.portal.complaint.control.FormTicket;
import org.referralnetwork.portal.complaint.entity.ComplaintSubject;
import org.referralnetwork.portal.platform.web.Language;
import org.referralnetwork.portal.platform.web.Messages;
import org.referralnetwork.portal.referral.entity.RequestLanguage;

/**
 * The public complaint form (no login): the form, then the reference and secret code, shown this
 * once. The form's ticket stays in the server-side view state; a refused filing keeps what was typed.
 */
@Named("complaintForm")
@ViewScoped
public class ComplaintPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Complaints complaints;
  @Inject private Messages messages;
  @Inject private Language language;

  private ComplaintDraft draft;
  private String honeypot;
  private FormTicket ticket;
  private FiledComplaint filed;

  @PostConstruct
  void showForm() {
    draft = new ComplaintDraft();
    draft.setLanguage(pageLanguage(language));
    honeypot = null;
    ticket = complaints.newTicket();
  }

  public void file() {
    try {
      filed = complaints.file(draft, ticket, honeypot);
      ticket = null; // sent once: a second post of the same form is refused
    } catch (ComplaintRefusedException refused) {
      refused.getKeys().forEach(key -> messages.error(key, refused.getArguments()));
      if (refused.getKeys().contains("complaint.notAccepted") || refused.getKeys().contains("complaint.formExpired")) {
        honeypot = null;
        ticket = complaints.newTicket();
      }
    }
  }

  /** Shows an empty form again, for another complaint. */
  public void another() {
    filed = null;
    showForm();
  }

  static RequestLanguage pageLanguage(Language language) {
    return RequestLanguage.valueOf(language.getCode().toUpperCase(java.util.Locale.ROOT));
  }

  public ComplaintSubject[] getSubjects() { return ComplaintSubject.values(); }
  public RequestLanguage[] getLanguages() { return RequestLanguage.values(); }
  public ComplaintDraft getDraft() { return draft; }
  public String getHoneypot() { return honeypot; }
  public void setHoneypot(String honeypot) { this.honeypot = honeypot; }
  public FiledComplaint getFiled() { return filed; }
}
