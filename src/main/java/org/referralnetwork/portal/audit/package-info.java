/**
 * Audit: an append-only, hash-chained log of who read, changed or exported what, every login and
 * every refused attempt; searched by the secretariat, and by an organisation's admin for its own
 * referrals.
 */
package org.referralnetwork.portal.audit;
