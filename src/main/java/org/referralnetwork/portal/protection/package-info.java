/**
 * Data protection: personal data sealed at rest with a data key per referral (AES-256-GCM),
 * data keys wrapped by a master key from configuration, erasure by destroying a data key
 * (crypto-shredding), and the retention rules that decide when that happens.
 */
package org.referralnetwork.portal.protection;
