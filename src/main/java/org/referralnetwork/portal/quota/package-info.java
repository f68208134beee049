/**
 * Slot quotas: relocation and resettlement places counted in slots, held by submitted referrals,
 * used by accepted ones, never overspent, every movement kept in an append-only ledger.
 */
package org.referralnetwork.portal.quota;
