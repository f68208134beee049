package org.referralnetwork.portal.quota.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.referralnetwork.portal.referral.control.ReferralSubmission;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.Transition;

/** Test deployments only: a submission or a withdrawal, each in a transaction of its own. */
@Stateless
public class SlotProbe {

  @Inject ReferralSubmission submission;
  @Inject ReferralSlots slots;
  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void submit(long referralId) {
    submission.submit(em.find(Referral.class, referralId), "tester", Instant.now());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void withdraw(long referralId) {
    Referral referral = em.find(Referral.class, referralId);
    Instant now = Instant.now();
    referral.apply(Transition.WITHDRAW, "tester", "load test", now);
    slots.onMoved(referral, Transition.WITHDRAW, "tester", now);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int[] figures(long quotaId) {
    Object[] row = (Object[]) em.createNativeQuery("SELECT allotted, held, used FROM quota WHERE id = ?1")
        .setParameter(1, quotaId).getSingleResult();
    return new int[] {((Number) row[0]).intValue(), ((Number) row[1]).intValue(), ((Number) row[2]).intValue()};
  }
}
