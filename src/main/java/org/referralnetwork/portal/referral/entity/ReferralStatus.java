package org.referralnetwork.portal.referral.entity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a referral is in its life (DOMAIN.md); the moves between states are {@link Transition}. */
public enum ReferralStatus {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  INFORMATION_REQUESTED,
  ACCEPTED,
  REJECTED,
  REDIRECTED,
  WITHDRAWN,
  FUNDED,
  HOST_OFFERED,
  HOST_ACCEPTED,
  HOST_DECLINED,
  RELOCATION_ACTIVE,
  RETURNED,
  ENDED_EARLY,
  REFERRED_TO_CANADA,
  RESETTLED,
  NOT_SELECTED,
  CLOSED;

  /** Waiting for the secretariat's decision. */
  public static final Set<ReferralStatus> UNDECIDED =
      Collections.unmodifiableSet(EnumSet.of(SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED));

  /** Rejected, guided elsewhere, withdrawn or closed: nothing more happens to it. */
  public static final Set<ReferralStatus> ENDED =
      Collections.unmodifiableSet(EnumSet.of(REJECTED, REDIRECTED, WITHDRAWN, CLOSED));

  public boolean isUndecided() {
    return UNDECIDED.contains(this);
  }

  public boolean isEnded() {
    return ENDED.contains(this);
  }
}
