package org.referralnetwork.portal.security;

/**
 * What a caller may do in the portal. Which role of which organisation kind holds which
 * permission is {@link AccessPolicy}: the one place that decides, for pages, actions and APIs.
 */
public enum Permission {
  /** See the referrals of the caller's scope: one's own organisation's, or all for the secretariat. */
  VIEW_REFERRALS,
  /** Start, fill in, submit and withdraw referrals, answer requests for information. */
  REFER,
  /** Review and decide referrals, assign reviewers, offer relocations to hosts. */
  REVIEW,
  /** See every quota's figures and export them. */
  VIEW_QUOTAS,
  /** Create and change quotas. */
  ADMINISTER_QUOTAS,
  /** Keep the organisation's hosting profile and places. */
  MANAGE_HOSTING_PROFILE,
  /** Answer relocation offers and run the relocations. */
  ANSWER_OFFERS,
  /** See relocations: all of them for the secretariat, its own for a host. */
  VIEW_RELOCATIONS,
  /** Search the whole audit log and verify its chain. */
  READ_AUDIT_LOG,
  /** See the audit log of one's own organisation's referrals. */
  READ_OWN_AUDIT_LOG,
  /** See the members of one's own organisation. */
  VIEW_MEMBERS,
  /** Invite and remove members and set their roles: in one's own organisation, or in any for the secretariat. */
  MANAGE_MEMBERS,
  /** Register partner organisations, suspend and reactivate them. */
  MANAGE_ORGANISATIONS,
  /** Give a defender their data (right of access), erase it (right to erasure), run the retention rules. */
  MANAGE_PERSONAL_DATA,
  /** Read, answer and close complaints and feedback. */
  HANDLE_COMPLAINTS,
  /** Send feedback to the secretariat on behalf of one's partner organisation. */
  SEND_FEEDBACK
}
