/**
 * Referrals: a partner organisation's request that a defender at risk be supported by one of the
 * mechanism's programmes, followed from draft to decision.
 */
package org.referralnetwork.portal.referral;
