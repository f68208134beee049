package org.referralnetwork.portal.referral.boundary.web;

import jakarta.ejb.EJB;
import org.referralnetwork.portal.referral.entity.Referral;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.FlowEvent;
import org.primefaces.model.file.UploadedFile;
import org.referralnetwork.portal.platform.web.Messages;
import org.referralnetwork.portal.quota.control.NoSlotLeftException;
import org.referralnetwork.portal.referral.boundary.DocumentRow;
import org.referralnetwork.portal.referral.boundary.DraftDetails;
import org.referralnetwork.portal.referral.boundary.ReferralDocuments;
import org.referralnetwork.portal.referral.boundary.InvalidDraftException;
import org.referralnetwork.portal.referral.boundary.ReferralChangedMeanwhileException;
import org.referralnetwork.portal.referral.boundary.ReferralLife;
import org.referralnetwork.portal.referral.boundary.ReferralNotFoundException;
import org.referralnetwork.portal.referral.boundary.ReferralService;
import org.referralnetwork.portal.referral.boundary.ReferralView;
import org.referralnetwork.portal.referral.control.DocumentRules;
import org.referralnetwork.portal.referral.control.OpenRequestExistsException;
import org.referralnetwork.portal.referral.control.ProgrammeRules;
import org.referralnetwork.portal.referral.control.ProgrammeRulesBrokenException;
import org.referralnetwork.portal.referral.entity.Confidentiality;
import org.referralnetwork.portal.referral.entity.ProtectionMeasure;
import org.referralnetwork.portal.referral.entity.ReferralErasedException;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.referral.entity.TransitionNotAllowedException;
import org.referralnetwork.portal.security.NotAllowedException;

/**
 * The page of one referral: the guided form while it is a draft (each step saved on the server),
 * then its details, timeline, message thread and the moves the caller may make.
 */
@Named("referralPage")
@ViewScoped
public class ReferralDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReferralService service;
  @EJB private ReferralLife life;
  @Inject private Messages messages;
  @EJB private ReferralDocuments documents;

  private Long id;
  private ReferralView view;
  private DraftDetails details;
  private long version;
  private String reason;
  private String message;
  private Long openReferralId;
  private List<DocumentRow> documentRows;
  private String reviewer;
  private String glassReason;

  /** Loads the referral; a referral the caller may not see is simply not found. */
  public String load() {
    if (id == null) {
      return "/WEB-INF/errors/not-found.xhtml";
    }
    try {
      view = service.details(id);
    } catch (ReferralNotFoundException unknown) {
      return "/WEB-INF/errors/not-found.xhtml";
    }
    if (details == null) {
      details = view.getDetails();
    }
    version = view.getVersion();
    documentRows = documents.list(id);
    return null;
  }

  /** Each step of the draft is saved when the referrer moves on; a problem keeps them on the step. */
  public String onFlow(FlowEvent event) {
    return save() ? event.getNewStep() : event.getOldStep();
  }

  public boolean save() {
    try {
      version = service.saveDraft(id, version, details);
      return true;
    } catch (InvalidDraftException invalid) {
      invalid.getProblems().forEach(problem -> messages.errorText(problem));
    } catch (ReferralChangedMeanwhileException changed) {
      messages.error("referral.changedMeanwhile");
    } catch (NotAllowedException | TransitionNotAllowedException refused) {
      messages.error("referral.notAllowed");
    }
    return false;
  }

  /**
   * Every minute while the draft is open, the step being typed is saved as it is (when its fields
   * are valid), so that a closed laptop or an expired session loses at most a minute of typing.
   */
  public void autosave() {
    try {
      version = service.saveDraft(id, version, details);
    } catch (InvalidDraftException | ReferralChangedMeanwhileException | NotAllowedException
        | TransitionNotAllowedException notNow) {
      // the referrer is told when they save or move on; an autosave stays silent
    }
  }

  public void saveDraft() {
    if (save()) {
      messages.info("draft.saved", view.getReference());
      reload();
    }
  }

  public String submit() {
    openReferralId = null;
    if (!save()) {
      return null;
    }
    try {
      life.move(id, version, Transition.SUBMIT, null);
      messages.info("referral.submitted", view.getReference());
      return showAgain();
    } catch (ProgrammeRulesBrokenException broken) {
      for (ProgrammeRules.RuleViolation violation : broken.getViolations()) {
        messages.error(violation.key(), localised(violation.arguments()));
      }
      reload();
    } catch (OpenRequestExistsException exists) {
      openReferralId = exists.getOwnReferralId();
      if (openReferralId == null) {
        messages.error("referral.openElsewhere");
      } else {
        messages.error("referral.openHere", Referral.reference(openReferralId));
      }
      reload();
    } catch (ReferralChangedMeanwhileException changed) {
      messages.error("referral.changedMeanwhile");
    }
    return null;
  }

  public String assignReviewer() {
    try {
      life.assignReviewer(id, version, reviewer);
      messages.info("referral.assigned", reviewer.strip());
      return showAgain();
    } catch (InvalidDraftException invalid) {
      messages.error("referral.reviewerRequired");
    } catch (NotAllowedException | ReferralNotFoundException refused) {
      messages.error("referral.notAllowed");
    } catch (ReferralChangedMeanwhileException changed) {
      messages.error("referral.changedMeanwhile");
    }
    return null;
  }

  /** A secretariat member who is not the assigned reviewer opens the personal details, with a recorded reason. */
  public String openPersonalDetails() {
    try {
      service.openPersonalDetails(id, glassReason);
      return showAgain();
    } catch (InvalidDraftException invalid) {
      messages.error("glass.reasonRequired");
    } catch (NotAllowedException refused) {
      messages.error("referral.notAllowed");
    }
    return null;
  }

  /** The referrer chose this draft over their organisation's open request for the same defender. */
  public String submitReplacing() {
    try {
      life.submitReplacing(id, version, openReferralId);
      messages.info("referral.submitted", view.getReference());
      return showAgain();
    } catch (ProgrammeRulesBrokenException | OpenRequestExistsException | TransitionNotAllowedException
        | NotAllowedException | ReferralNotFoundException refused) {
      messages.error("referral.notAllowed");
    } catch (ReferralChangedMeanwhileException changed) {
      messages.error("referral.changedMeanwhile");
    }
    return null;
  }

  /** After a change: the page anew (post-redirect-get), with the message kept for it. */
  /** Shows the referral again after a change, with the messages of this request kept. */
  public String showAgain() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/referral?faces-redirect=true&id=" + id;
  }

  /** Moves that cannot be undone: the page asks before it makes them. */
  private static final Set<Transition> FINAL_MOVES = EnumSet.of(Transition.WITHDRAW, Transition.REJECT, Transition.REDIRECT,
      Transition.RECORD_NOT_SELECTED, Transition.WITHDRAW_OFFER, Transition.CLOSE);

  /** Moves after which the page says what happens next ({@code referral.next.<move>} in the bundles). */
  private static final Set<Transition> WITH_NEXT_STEP = EnumSet.of(Transition.WITHDRAW, Transition.START_REVIEW,
      Transition.REQUEST_INFORMATION, Transition.ANSWER_INFORMATION_REQUEST, Transition.ACCEPT, Transition.REJECT,
      Transition.REDIRECT, Transition.CLOSE);

  /** True when the move cannot be undone, so the page asks for a confirmation first. */
  public boolean asksConfirmation(Transition transition) {
    return FINAL_MOVES.contains(transition);
  }

  /** Makes one of the moves the page offers, with the reason typed (kept if the move is refused). */
  public String move(Transition transition) {
    try {
      life.move(id, version, transition, reason);
      messages.info("referral.moved", messages.text("Transition." + transition));
      if (WITH_NEXT_STEP.contains(transition)) {
        String nextStep = "referral.next." + transition.name(); // one per move of WITH_NEXT_STEP, in every bundle
        messages.info(nextStep);
      }
      return showAgain();
    } catch (TransitionNotAllowedException refused) {
      messages.error(transition.isReasonRequired() && (reason == null || reason.isBlank())
          ? "referral.reasonRequired" : "referral.notAllowed");
    } catch (NotAllowedException refused) {
      messages.error("referral.notAllowed");
    } catch (ReferralChangedMeanwhileException changed) {
      messages.error("referral.changedMeanwhile");
    } catch (ReferralErasedException erased) {
      messages.error("privacy.erased.readOnly");
    }
    return null;
  }

  /** A supporting document, checked and stored at once; a refused file leaves a clear message. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try {
      documents.attach(id, file.getFileName(), file.getContent());
      messages.info("documents.added", DocumentRules.cleanName(file.getFileName()));
      documentRows = documents.list(id);
    } catch (ReferralDocuments.DocumentRefusedException refused) {
      messages.error("documents.refused");
    } catch (NotAllowedException refused) {
      messages.error("referral.notAllowed");
    } catch (ReferralErasedException erased) {
      messages.error("privacy.erased.readOnly");
    }
  }

  public List<DocumentRow> getDocuments() {
    return documentRows;
  }

  public void postMessage() {
    if (message == null || message.isBlank()) {
      messages.error("thread.empty");
      return;
    }
    try {
      service.postMessage(id, message);
      message = null;
      reload();
    } catch (InvalidDraftException invalid) {
      messages.error("thread.tooLong");
    } catch (ReferralErasedException erased) {
      messages.error("privacy.erased.readOnly");
    }
  }

  private void reload() {
    view = service.details(id);
    details = view.getDetails();
    version = view.getVersion();
  }

  private Object[] localised(Object[] arguments) {
    return Arrays.stream(arguments)
        .map(a -> a instanceof ProtectionMeasure m ? messages.text("ProtectionMeasure." + m) : a)
        .toArray();
  }

  public List<ProtectionMeasure> getMeasureChoices() {
    return List.of(ProtectionMeasure.values());
  }

  /** Checkboxes submit names; this turns them back into measures. */
  public Converter<ProtectionMeasure> getMeasureConverter() {
    return new EnumConverter(ProtectionMeasure.class);
  }

  public Confidentiality[] getConfidentialityChoices() {
    return Confidentiality.values();
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public ReferralView getView() { return view; }
  public DraftDetails getDetails() { return details; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public String getMessage() { return message; }
  public void setMessage(String message) { this.message = message; }
  public Long getOpenReferralId() { return openReferralId; }
  public String getReviewer() { return reviewer; }
  public void setReviewer(String reviewer) { this.reviewer = reviewer; }
  public String getGlassReason() { return glassReason; }
  public void setGlassReason(String glassReason) { this.glassReason = glassReason; }
}
