package org.referralnetwork.portal.complaint.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.referralnetwork.portal.audit.boundary.AuditLog;
import org.referralnetwork.portal.audit.boundary.AuditRefusals;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.complaint.control.ComplaintText;
import org.referralnetwork.portal.complaint.entity.Complaint;
import org.referralnetwork.portal.complaint.entity.ComplaintKind;
import org.referralnetwork.portal.complaint.entity.ComplaintStatus;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Permission;

/**
 * The secretariat's handling of complaints and feedback: the list (newest first, paged in the
 * database), one complaint's text, and its answer, internal note and state. Every read and every
 * change is in the audit log, by reference only.
 */
@Stateless
@AuditRefusals
public class ComplaintDesk {

  @Inject private CurrentCaller caller;
  @EJB private AuditLog audit;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** Which ones to list; null fields match everything. */
  public record Filter(ComplaintKind kind, ComplaintStatus status) implements java.io.Serializable {}

  public List<ComplaintRow> list(Filter filter, int first, int size) {
    return query(filter, Complaint.class, "SELECT c FROM Complaint c LEFT JOIN FETCH c.organisation",
        " ORDER BY c.filedAt DESC, c.id DESC")
        .setFirstResult(first)
        .setMaxResults(Math.min(size, 200))
        .getResultStream()
        .map(ComplaintRow::new)
        .toList();
  }

  public long count(Filter filter) {
    return query(filter, Long.class, "SELECT COUNT(c) FROM Complaint c", "").getSingleResult();
  }

  /** One complaint with its text; the reading is recorded. */
  public ComplaintDetails open(long id) {
    Complaint complaint = find(id, LockModeType.NONE);
    audit.record(AuditAction.COMPLAINT_READ, complaint.getReference());
    return new ComplaintDetails(complaint);
  }

  /**
   * Saves the answer and internal note and moves the complaint to {@code target} (or keeps its
   * state), as seen at {@code seenVersion}: a change made meanwhile by a colleague refuses it.
   */
  public ComplaintDetails handle(long id, long seenVersion, ComplaintStatus target, String answer, String internalNote) {
    Complaint complaint = find(id, LockModeType.PESSIMISTIC_WRITE);
    if (complaint.getVersion() != seenVersion) {
      throw new ComplaintRefusedException("complaints.changedMeanwhile");
    }
    String cleanAnswer = ComplaintText.clean(answer);
    String cleanNote = ComplaintText.clean(internalNote);
    List<String> problems = new ArrayList<>();
    problems.addAll(ComplaintText.problemsOf(cleanAnswer, false, ComplaintText.ANSWER_MAX, "complaints.answer"));
    problems.addAll(ComplaintText.problemsOf(cleanNote, false, ComplaintText.NOTE_MAX, "complaints.note"));
    if (target == null) {
      problems.add("complaints.status.required");
    }
    if (!problems.isEmpty()) {
      throw new ComplaintRefusedException(problems);
    }
    ComplaintStatus before = complaint.getStatus();
    complaint.handle(target, cleanAnswer, cleanNote, caller.getUsername(), clock.instant());
    em.flush();
    audit.record(AuditAction.COMPLAINT_HANDLED, complaint.getReference() + ": " + before + " -> " + target);
    return new ComplaintDetails(complaint);
  }

  /** The complaint, locked until the transaction ends when asked (two colleagues saving at once: one after the other). */
  private Complaint find(long id, LockModeType lock) {
    caller.require(Permission.HANDLE_COMPLAINTS);
    Complaint complaint = em.find(Complaint.class, id, lock);
    if (complaint == null) {
      throw new ComplaintRefusedException("complaints.gone");
    }
    return complaint;
  }

  private <T> TypedQuery<T> query(Filter filter, Class<T> type, String select, String order) {
    caller.require(Permission.HANDLE_COMPLAINTS);
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (filter.kind() != null) {
      where.append(" AND c.kind = :kind");
    }
    if (filter.status() != null) {
      where.append(" AND c.status = :status");
    }
    TypedQuery<T> query = em.createQuery(select + where + order, type);
    if (filter.kind() != null) {
      query.setParameter("kind", filter.kind());
    }
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    return query;
  }
}
