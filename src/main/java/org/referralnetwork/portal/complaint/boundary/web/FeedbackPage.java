package org.referralnetwork.portal.complaint.boundary.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.referralnetwork.portal.complaint.boundary.ComplaintDraft;
import org.referralnetwork.portal.complaint.boundary.ComplaintRefusedException;
import org.referralnetwork.portal.complaint.boundary.ComplaintStatusView;
import org.referralnetwork.portal.complaint.boundary.Complaints;
import org.referralnetwork.portal.complaint.entity.ComplaintSubject;
import org.referralnetwork.portal.platform.web.Language;
import org.referralnetwork.portal.platform.web.Messages;

/** A partner's feedback to the secretariat, and what its organisation sent before with the answers. */
@Named("feedbackPage")
@ViewScoped
public class FeedbackPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Complaints complaints;
  @Inject private Messages messages;
  @Inject private Language language;

  private ComplaintDraft draft = new ComplaintDraft();
  private List<ComplaintStatusView> sent;

  public void send() {
    try {
      String reference = complaints.sendFeedback(draft, ComplaintPage.pageLanguage(language));
      messages.info("feedback.sent", reference);
      draft = new ComplaintDraft();
      sent = null;
    } catch (ComplaintRefusedException refused) {
      refused.getKeys().forEach(key -> messages.error(key, refused.getArguments()));
    }
  }

  public List<ComplaintStatusView> getSent() {
    if (sent == null) {
      sent = complaints.feedbackOfMyOrganisation();
    }
    return sent;
  }

  public ComplaintSubject[] getSubjects() { return ComplaintSubject.values(); }
  public ComplaintDraft getDraft() { return draft; }
}
