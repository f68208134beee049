package org.referralnetwork.portal.referral.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.referralnetwork.portal.referral.entity.Referral;

/** Test deployments only: one submission in a transaction of its own, as one request of one user. */
@Stateless
public class SubmissionProbe {

  @Inject ReferralSubmission submission;
  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void submit(long referralId) {
    submission.submit(em.find(Referral.class, referralId), "tester", Instant.now());
  }
}
