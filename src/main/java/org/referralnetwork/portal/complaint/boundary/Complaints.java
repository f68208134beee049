package org.referralnetwork.portal.complaint.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.referralnetwork.portal.audit.boundary.AuditLog;
import org.referralnetwork.portal.audit.boundary.AuditRefusals;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.complaint.control.ComplaintCodes;
import org.referralnetwork.portal.complaint.control.ComplaintText;
import org.referralnetwork.portal.complaint.control.FormCheck;
import org.referralnetwork.portal.complaint.control.FormTicket;
import org.referralnetwork.portal.complaint.control.PublicFormGuard;
import org.referralnetwork.portal.complaint.entity.Complaint;
import org.referralnetwork.portal.complaint.entity.ComplaintKind;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.protection.control.DataKeys;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Membership;
import org.referralnetwork.portal.security.NotAMemberOfOneOrganisationException;
import org.referralnetwork.portal.security.Permission;

/**
 * Filing and following complaints (anyone, no login: guarded by {@link PublicFormGuard}) and
 * sending feedback (partners). One method, one transaction. Nothing of what people write, and
 * no address, goes into the audit log or any log: only the reference and what was done.
 */
@Stateless
@AuditRefusals
public class Complaints {

  private static final int REFERENCE_ATTEMPTS = 5;

  @Inject private PublicFormGuard guard;
  @Inject private DataKeys dataKeys;
  @Inject private CurrentCaller caller;
  @EJB private AuditLog audit;
  @Inject private Instance<HttpServletRequest> request;
  @PersistenceContext private EntityManager em;

  private final ComplaintCodes codes = new ComplaintCodes();

  /** A new ticket for a complaint form being shown. */
  public FormTicket newTicket() {
    return guard.issue();
  }

  /**
   * Files a complaint sent with the form's ticket; refused, with the reasons, when the hidden field
   * is filled, the form comes back too fast, a field is wrong, or the address (or everyone) has
   * filed too many lately.
   */
  public FiledComplaint file(ComplaintDraft draft, FormTicket ticket, String honeypot) {
    FormCheck.Verdict verdict = guard.check(ticket, honeypot);
    switch (verdict.outcome()) {
      case NO_TICKET -> throw new ComplaintRefusedException("complaint.formExpired");
      case HONEYPOT -> throw new ComplaintRefusedException("complaint.notAccepted");
      case TOO_FAST -> throw new ComplaintRefusedException("complaint.tooFast", verdict.waitSeconds());
      case PASSED -> { }
    }
    String body = ComplaintText.clean(draft.getBody());
    String referralReference = ComplaintText.clean(draft.getReferralReference());
    String contact = ComplaintText.clean(draft.getContact());
    List<String> problems = new ArrayList<>();
    if (draft.getSubject() == null) {
      problems.add("complaint.subject.required");
    }
    problems.addAll(ComplaintText.problemsOf(body, true, ComplaintText.BODY_MAX, "complaint.body"));
    problems.addAll(ComplaintText.problemsOf(referralReference, false, ComplaintText.REFERRAL_REFERENCE_MAX,
        "complaint.referralReference"));
    problems.addAll(ComplaintText.problemsOf(contact, false, ComplaintText.CONTACT_MAX, "complaint.contact"));
    if (!problems.isEmpty()) {
      throw new ComplaintRefusedException(problems);
    }
    guard.tryFiling(clientAddress()).ifPresent(retryAt -> {
      throw new ComplaintRefusedException("complaint.tooMany", minutesUntil(retryAt));
    });
    String code = codes.newCode();
    RequestLanguage language = draft.getLanguage() == null ? RequestLanguage.EN : draft.getLanguage();
    Complaint complaint = Complaint.complaint(dataKeys.create(), newReference(ComplaintKind.COMPLAINT), ComplaintCodes.hashOf(code),
        draft.getSubject(), body, referralReference, contact, language, guard.now());
    em.persist(complaint);
    audit.recordAnonymous(AuditAction.COMPLAINT_FILED, complaint.getReference());
    return new FiledComplaint(complaint.getReference(), code);
  }

  /**
   * A complaint as its complainant follows it, for its reference and secret code. A wrong reference
   * and a wrong code get the same refusal (and take as long); look-ups are rate limited too.
   */
  public ComplaintStatusView follow(String reference, String code) {
    guard.tryLookup(clientAddress()).ifPresent(retryAt -> {
      throw new ComplaintRefusedException("complaintStatus.tooMany", minutesUntil(retryAt));
    });
    Optional<Complaint> found = ComplaintCodes.normaliseReference(reference)
        .flatMap(normalised -> em.createQuery("SELECT c FROM Complaint c WHERE c.reference = :reference"
                + " AND c.kind = :kind", Complaint.class)
            .setParameter("reference", normalised)
            .setParameter("kind", ComplaintKind.COMPLAINT)
            .getResultStream()
            .findFirst());
    boolean matches = ComplaintCodes.matches(code, found.map(Complaint::getSecretHash).orElse(null));
    if (!matches || found.isEmpty()) {
      throw new ComplaintRefusedException("complaintStatus.unknown");
    }
    return new ComplaintStatusView(found.get());
  }

  /** Feedback from the caller, recorded with their organisation; returns its reference. */
  public String sendFeedback(ComplaintDraft draft, RequestLanguage language) {
    caller.require(Permission.SEND_FEEDBACK);
    String body = ComplaintText.clean(draft.getBody());
    List<String> problems = new ArrayList<>();
    if (draft.getSubject() == null) {
      problems.add("feedback.subject.required");
    }
    problems.addAll(ComplaintText.problemsOf(body, true, ComplaintText.BODY_MAX, "feedback.body"));
    if (!problems.isEmpty()) {
      throw new ComplaintRefusedException(problems);
    }
    Membership membership =
        caller.membership().orElseThrow(() -> new NotAMemberOfOneOrganisationException(caller.getOrganisationCount()));
    Organisation organisation = em.find(Organisation.class, membership.organisationId());
    Complaint feedback = Complaint.feedback(dataKeys.create(), newReference(ComplaintKind.FEEDBACK), organisation,
        caller.getUsername(),
        draft.getSubject(), body, language, guard.now());
    em.persist(feedback);
    audit.record(AuditAction.FEEDBACK_SENT, feedback.getReference());
    return feedback.getReference();
  }

  /** The feedback the caller's organisation sent, newest first, with the secretariat's answers. */
  public List<ComplaintStatusView> feedbackOfMyOrganisation() {
    caller.require(Permission.SEND_FEEDBACK);
    String organisationId = caller.membership().map(Membership::organisationId).orElseThrow();
    return em.createQuery("SELECT c FROM Complaint c WHERE c.organisation.id = :organisation AND c.kind = :kind"
            + " ORDER BY c.filedAt DESC, c.id DESC", Complaint.class)
        .setParameter("organisation", organisationId)
        .setParameter("kind", ComplaintKind.FEEDBACK)
        .setMaxResults(100)
        .getResultStream()
        .map(ComplaintStatusView::new)
        .toList();
  }

  /** A reference no complaint has yet (the unique key is the backstop). */
  private String newReference(ComplaintKind kind) {
    for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      String reference = codes.newReference(kind);
      boolean taken = !em.createQuery("SELECT c.id FROM Complaint c WHERE c.reference = :reference", Long.class)
          .setParameter("reference", reference)
          .getResultList()
          .isEmpty();
      if (!taken) {
        return reference;
      }
    }
    throw new IllegalStateException("no free reference after " + REFERENCE_ATTEMPTS + " attempts");
  }

  private long minutesUntil(Instant retryAt) {
    long seconds = Duration.between(guard.now(), retryAt).getSeconds();
    return Math.max(1, (seconds + 59) / 60);
  }

  /** For the rate limits only, in memory; never stored or logged. */
  private String clientAddress() {
    HttpServletRequest http = request.get();
    return guard.addressOf(http.getRemoteAddr(), http.getHeader("X-Forwarded-For"));
  }
}
