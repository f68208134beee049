package org.referralnetwork.portal.api.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.referralnetwork.portal.api.control.IdempotencyKeys;
import org.referralnetwork.portal.referral.boundary.ReferralLife;
import org.referralnetwork.portal.referral.boundary.ReferralService;
import org.referralnetwork.portal.referral.boundary.ReferralView;
import org.referralnetwork.portal.referral.entity.Transition;

/**
 * The partner API's use cases that combine the portal's: a creation under an idempotency key, and
 * a submission of the version seen. One method, one transaction; the portal's services check,
 * scope and audit as they do for pages.
 */
@Stateless
public class ApiReferrals {

  @EJB private ReferralService referrals;
  @EJB private ReferralLife life;
  @Inject private IdempotencyKeys keys;

  /**
   * A referral as the answer shows it, read in the transaction that made it, and whether this
   * request made it (false: an earlier request with the same key did).
   */
  public record Made(ReferralView view, boolean created) {}

  /**
   * Creates the draft under the client's key, and with {@code submit} submits it at once: a
   * refused submission keeps nothing, the key included, so the client may correct and retry.
   */
  public Made create(String clientId, String key, String requestHash, NewReferral referral, boolean submit) {
    Optional<Long> earlier = keys.claim(clientId, key, requestHash);
    if (earlier.isPresent()) {
      return new Made(referrals.details(earlier.get()), false);
    }
    ReferralView made = submit ? referrals.createSubmitted(referral.draft(), referral.details())
        : referrals.createDraft(referral.draft(), referral.details());
    keys.made(clientId, key, made.getId());
    return new Made(made, true);
  }

  /**
   * Submits the referral as seen at {@code version}, or as it is now when no version is given, and
   * shows it as the move left it, in the same transaction, for the answer.
   */
  public ReferralView submit(long id, Long version) {
    return referrals.details(life.move(id, version, Transition.SUBMIT, null));
  }
}
