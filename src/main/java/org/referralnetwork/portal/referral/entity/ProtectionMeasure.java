package org.referralnetwork.portal.referral.entity;

/**
 * The protection measures a referral can propose, from the support page. The last three are on
 * the page as examples of what individual support cannot cover: they can be chosen so that the
 * referrer is told why, instead of being silently missing.
 */
public enum ProtectionMeasure {
  PHYSICAL_SECURITY,
  EMERGENCY_RELOCATION,
  LEGAL_AID,
  MEDICAL_COSTS,
  FAMILY_SUPPORT,
  PSYCHOSOCIAL_SUPPORT,
  CAPACITY_BUILDING,
  ADVOCACY_TRAINING,
  REST_AND_RESPITE,
  PROFESSIONAL_DEVELOPMENT,
  NETWORKING,
  UNIVERSITY_EDUCATION,
  OFFICE_SUPPLIES,
  RENT
}
