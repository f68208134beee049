package org.referralnetwork.portal.referral.entity;

/** Where a referral is in its life; see DOMAIN.md. Transitions come with the referrals issue. */
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
  CLOSED
}
