package org.referralnetwork.portal.audit.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.referralnetwork.portal.audit.entity.AuditAction;

/** Test deployments only: appends to, checks and tampers with the audit chain, each in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditProbe {

  @Inject AuditChain chain;
  @PersistenceContext EntityManager em;
  @Resource SessionContext context;

  public long append(String actor, String detail) {
    return chain.append(new AuditChain.Entry(Instant.now(), actor, "org-" + actor, AuditAction.REFERRAL_READ, 42L, "partner",
        detail, "127.0.0.1")).getSeq();
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
