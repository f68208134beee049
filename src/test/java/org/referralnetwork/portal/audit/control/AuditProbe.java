package org.referralnetwork.portal.audit.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import org.referralnetwork.portal.audit.entity.AuditAction;

/** Test deployments only: appends to, checks and tampers with the audit chain, each in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditProbe {

  @Inject AuditChain chain;
  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Resource TransactionSynchronizationRegistry transactions;

  /** Appends a line in a transaction of its own and answers its number, read once that transaction committed. */
  public long append(String actor, String detail) {
    context.getBusinessObject(AuditProbe.class).record(actor, detail, false);
    return lastSeqOf(actor, detail);
  }

  /** Records a line, then rolls its transaction back. */
  public void recordAndRollBack(String actor, String detail) {
    record(actor, detail, true);
  }

  public void record(String actor, String detail, boolean rollBack) {
    chain.append(new AuditChain.Entry(Instant.now(), actor, "org-" + actor, AuditAction.REFERRAL_READ, 42L, "partner",
        detail, "127.0.0.1"));
    if (rollBack) {
      context.setRollbackOnly();
    }
  }

  /**
   * Records a line, then fails when the transaction commits, after the line was appended: a
   * synchronization that refuses the commit, as a failing resource would.
   */
  public void recordThenFailAtCommit(String actor, String detail) {
    record(actor, detail, false);
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {
        throw new IllegalStateException("the commit fails");
      }

      @Override
      public void afterCompletion(int status) {}
    });
  }

  /** The number of the last line {@code actor} wrote with {@code detail}, 0 if none. */
  public long lastSeqOf(String actor, String detail) {
    Object seq = em.createNativeQuery("SELECT MAX(seq) FROM audit_event WHERE actor = ?1 AND detail = ?2")
        .setParameter(1, actor)
        .setParameter(2, detail)
        .getSingleResult();
    return seq == null ? 0 : ((Number) seq).longValue();
  }

  public AuditChain.Check verify() {
    return chain.verify();
  }

  /**
   * Tampers with the log as someone with database access would, behind the portal's back, checks
   * the chain, and rolls the tampering back: the chain the other tests write to stays whole.
   */
  public AuditChain.Check verifyAfter(String tampering, Object parameter) {
    em.createNativeQuery(tampering).setParameter(1, parameter).executeUpdate();
    AuditChain.Check check = chain.verify();
    context.setRollbackOnly();
    return check;
  }

  public String text(String query, Object parameter) {
    Object value = em.createNativeQuery(query).setParameter(1, parameter).getSingleResult();
    return value == null ? null : value.toString();
  }
}
