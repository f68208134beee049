package org.referralnetwork.portal.referral.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.referralnetwork.portal.referral.control.ReferralRepository;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.security.CurrentCaller;

/**
 * The referral the current caller may see, and as they saw it: what every use case on one
 * referral starts and ends with, in one place.
 */
@ApplicationScoped
public class VisibleReferrals {

  @Inject CurrentCaller caller;
  @Inject ReferralRepository referrals;
  @PersistenceContext EntityManager em;

  /** The referral, if the caller's scope may see it; otherwise it does not exist for them. */
  public Referral get(long id) {
    return referrals.find(caller.scope(), id).orElseThrow(() -> new ReferralNotFoundException(id));
  }

  /** As {@link #get(long)}, refused when someone changed it since the caller saw {@code seenVersion}. */
  public Referral get(long id, long seenVersion) {
    Referral referral = get(id);
    if (referral.getVersion() != seenVersion) {
      throw new ReferralChangedMeanwhileException(id);
    }
    return referral;
  }

  /** Writes now, so that a concurrent edit (the version) fails here, inside the caller's transaction. */
  public void flush(Referral referral) {
    try {
      em.flush();
    } catch (OptimisticLockException changed) {
      throw new ReferralChangedMeanwhileException(referral.getId());
    }
  }
}
