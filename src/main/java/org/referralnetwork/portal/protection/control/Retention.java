package org.referralnetwork.portal.protection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralStatus;

/** Which referrals the retention rules say must be erased now. */
@ApplicationScoped
public class Retention {

  /** At most this many per run: a backlog is worked off night after night. */
  public static final int MAX_PER_RUN = 1000;

  @Inject Config config;
  @PersistenceContext EntityManager em;

  /** A referral due for erasure, and the rule that makes it due. */
  public record Due(long referralId, Programme programme, ReferralStatus status, Instant lastChange, int months)
      implements Serializable {
    public String getReference() {
      return Referral.reference(referralId);
    }
  }

  public RetentionRules rules() {
    return RetentionRules.from(name -> config.getOptionalValue(name, Integer.class));
  }

  public List<Due> due(Instant now) {
    List<Due> due = new ArrayList<>();
    for (RetentionRules.Rule rule : rules().rules()) {
      if (due.size() >= MAX_PER_RUN) {
        break;
      }
      List<Object[]> rows = em.createQuery(
              "SELECT r.id, r.updatedAt FROM Referral r WHERE r.erasedAt IS NULL AND r.programme = :programme"
                  + " AND r.status = :status AND r.updatedAt < :before ORDER BY r.updatedAt, r.id", Object[].class)
          .setParameter("programme", rule.programme())
          .setParameter("status", rule.status())
          .setParameter("before", rule.dueIfChangedBefore(now))
          .setMaxResults(MAX_PER_RUN - due.size())
          .getResultList();
      for (Object[] row : rows) {
        due.add(new Due((Long) row[0], rule.programme(), rule.status(), (Instant) row[1], rule.months()));
      }
    }
    return due;
  }
}
