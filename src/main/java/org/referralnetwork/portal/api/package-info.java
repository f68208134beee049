/**
 * The partner API: partner organisations' own case systems create, submit and follow referrals
 * over JSON (Jakarta REST, {@code /api/v1}), with the same scoping, validation and audit as the pages.
 */
package org.referralnetwork.portal.api;
