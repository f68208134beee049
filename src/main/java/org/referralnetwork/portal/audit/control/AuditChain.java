package org.referralnetwork.portal.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.audit.entity.AuditEvent;

/**
 * Appends to the audit log's hash chain, one line after the other, and checks the chain.
 *
 * <p>A transaction's lines wait until the outermost session-bean call in it ends
 * ({@link AuditLinesAtCallEnd}) and are then appended in that transaction: both or neither.
 * Appending locks the chain's head row, so the lines of concurrent transactions never share a
 * number or a predecessor; taken at the end, the lock is held for the last milliseconds of a
 * transaction instead of from its first line to its commit, and audited work of different people
 * no longer waits in one queue.
 */
@ApplicationScoped
public class AuditChain {

  private static final int PAGE = 1000;
  // a job that writes thousands of lines sends them in statements of this many, well inside a packet
  private static final int LINES_PER_INSERT = 500;
  private static final String PENDING_LINES = AuditChain.class.getName() + ".pendingLines";
  private static final String OUTERMOST_CALL = AuditChain.class.getName() + ".outermostCall";

  @PersistenceContext EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;

  /** One line about to be written. */
  public record Entry(Instant at, String actor, String organisationId, AuditAction action, Long referralId,
      String subjectOrg, String detail, String source) {}

  /** Adds the line to the chain within the current transaction; if it rolls back, the line goes with it. */
  public void append(Entry entry) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("an audit line is written in the transaction of what it records");
    }
    PendingLines pending = (PendingLines) transactions.getResource(PENDING_LINES);
    if (pending == null) {
      pending = new PendingLines();
      transactions.putResource(PENDING_LINES, pending);
      transactions.registerInterposedSynchronization(pending);
    }
    pending.lines.add(entry);
  }

  /** A session-bean call begins; true when it is the outermost one of its transaction. */
  boolean callBegins() {
    if (transactions.getTransactionKey() == null || Boolean.TRUE.equals(transactions.getResource(OUTERMOST_CALL))) {
      return false;
    }
    transactions.putResource(OUTERMOST_CALL, Boolean.TRUE);
    return true;
  }

  /** The outermost session-bean call of the transaction ends: its lines are appended, unless it is to roll back. */
  void outermostCallEnds() {
    transactions.putResource(OUTERMOST_CALL, Boolean.FALSE);
    PendingLines pending = (PendingLines) transactions.getResource(PENDING_LINES);
    if (pending == null || pending.lines.isEmpty() || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return;
    }
    write(pending.lines);
    pending.lines.clear();
  }

  private void write(List<Entry> lines) {
    em.flush(); // the transaction's own changes first, so that the head stays locked only for the lines and the commit
    Object[] head = (Object[]) em.createNativeQuery("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
        .getSingleResult();
    long seq = ((Number) head[0]).longValue();
    String prevHash = (String) head[1];
    List<AuditEvent> events = new ArrayList<>(lines.size());
    for (Entry entry : lines) {
      AuditEvent event = new AuditEvent(++seq, prevHash, entry.at(), entry.actor() == null ? "anonymous" : entry.actor(),
          entry.organisationId(), entry.action(), entry.referralId(), entry.subjectOrg(), clip(entry.detail(), 500),
          clip(entry.source(), 64));
      events.add(event);
      prevHash = event.getHash();
    }
    for (int from = 0; from < events.size(); from += LINES_PER_INSERT) {
      insert(events.subList(from, Math.min(from + LINES_PER_INSERT, events.size())));
    }
    em.createNativeQuery("UPDATE audit_head SET seq = ?1, hash = ?2 WHERE id = 1")
        .setParameter(1, seq)
        .setParameter(2, prevHash)
        .executeUpdate();
  }

  /**
   * The lines in one statement: the head stays locked for fewer round trips to the database (a
   * submission writes two lines in each of its two requests, and each line was a round trip).
   */
  private void insert(List<AuditEvent> events) {
    StringBuilder sql = new StringBuilder("INSERT INTO audit_event (seq, occurred_at, actor, organisation_id, action,"
        + " referral_id, subject_org, detail, source, prev_hash, hash) VALUES ");
    List<Object> values = new ArrayList<>();
    for (AuditEvent event : events) {
      sql.append(values.isEmpty() ? "(" : ", (");
      List<Object> row = Arrays.asList(event.getSeq(), Timestamp.from(event.getOccurredAt()), event.getActor(),
          event.getOrganisationId(), event.getAction().name(), event.getReferralId(), event.getSubjectOrg(),
          event.getDetail(), event.getSource(), event.getPrevHash(), event.getHash());
      for (int column = 0; column < row.size(); column++) {
        sql.append(column == 0 ? "?" : ", ?").append(values.size() + column + 1);
      }
      sql.append(')');
      values.addAll(row);
    }
    Query insert = em.createNativeQuery(sql.toString());
    for (int i = 0; i < values.size(); i++) {
      insert.setParameter(i + 1, values.get(i));
    }
    insert.executeUpdate();
  }

  /** A transaction's lines not yet appended; a transaction must not commit with any left. */
  private static final class PendingLines implements Synchronization {
    private final List<Entry> lines = new ArrayList<>();

    @Override
    public void beforeCompletion() {
      if (!lines.isEmpty()) {
        // only a session-bean call appends them in its transaction; never commit the change without its record
        throw new IllegalStateException(lines.size() + " audit lines were recorded outside a session-bean call");
      }
    }

    @Override
    public void afterCompletion(int status) {}
  }

  /**
   * What a check of the whole chain found: the first line that breaks it, if any, and the last
   * line's number and hash, to be noted outside the database (a rewrite of the whole chain would
   * change them).
   */
  public record Check(long linesChecked, Long firstBrokenSeq, String problem, long lastSeq, String lastHash) {
    public boolean isIntact() {
      return firstBrokenSeq == null;
    }
  }

  /** Walks the chain from its first line to its head and reports the first broken link. */
  public Check verify() {
    String expectedPrev = AuditEvent.GENESIS;
    long expectedSeq = 1;
    long checked = 0;
    while (true) {
      List<AuditEvent> page = em.createQuery("SELECT e FROM AuditEvent e WHERE e.seq >= :from ORDER BY e.seq",
              AuditEvent.class)
          .setParameter("from", expectedSeq)
          .setMaxResults(PAGE)
          .getResultList();
      for (AuditEvent event : page) {
        if (event.getSeq() != expectedSeq) {
          return broken(checked, event.getSeq(), "line " + expectedSeq + " is missing before line " + event.getSeq());
        }
        if (!event.getPrevHash().equals(expectedPrev)) {
          return broken(checked, event.getSeq(), "line " + event.getSeq() + " does not follow the line before it");
        }
        if (!event.isIntact()) {
          return broken(checked, event.getSeq(), "line " + event.getSeq() + " was changed after it was written");
        }
        expectedPrev = event.getHash();
        expectedSeq++;
        checked++;
      }
      em.clear();
      if (page.size() < PAGE) {
        break;
      }
    }
    Object[] head = (Object[]) em.createNativeQuery("SELECT seq, hash FROM audit_head WHERE id = 1").getSingleResult();
    if (((Number) head[0]).longValue() != expectedSeq - 1 || !expectedPrev.equals(head[1])) {
      return broken(checked, expectedSeq, "lines after line " + (expectedSeq - 1) + " are missing");
    }
    return new Check(checked, null, null, expectedSeq - 1, expectedPrev);
  }

  private static Check broken(long checked, long seq, String problem) {
    return new Check(checked, seq, problem, 0, null);
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
