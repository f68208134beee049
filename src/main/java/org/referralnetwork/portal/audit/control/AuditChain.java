package org.referralnetwork.portal.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.audit.entity.AuditEvent;

/**
 * Appends to the audit log's hash chain, one line after the other, and checks the chain.
 * Appending locks the chain's head row until the transaction ends, so the lines of concurrent
 * transactions never share a number or a predecessor.
 */
@ApplicationScoped
public class AuditChain {

  private static final int PAGE = 1000;

  @PersistenceContext EntityManager em;

  /** One line about to be written. */
  public record Entry(Instant at, String actor, String organisationId, AuditAction action, Long referralId,
      String subjectOrg, String detail, String source) {}

  public AuditEvent append(Entry entry) {
    Object[] head = (Object[]) em.createNativeQuery("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
        .getSingleResult();
    long seq = ((Number) head[0]).longValue() + 1;
    AuditEvent event = new AuditEvent(seq, (String) head[1], entry.at(), entry.actor() == null ? "anonymous" : entry.actor(),
        entry.organisationId(), entry.action(), entry.referralId(), entry.subjectOrg(), clip(entry.detail(), 500),
        clip(entry.source(), 64));
    em.persist(event);
    em.createNativeQuery("UPDATE audit_head SET seq = ?1, hash = ?2 WHERE id = 1")
        .setParameter(1, seq)
        .setParameter(2, event.getHash())
        .executeUpdate();
    return event;
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
