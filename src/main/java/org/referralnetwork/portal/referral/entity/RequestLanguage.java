package org.referralnetwork.portal.referral.entity;

/** The five languages the mechanism receives requests in. */
public enum RequestLanguage {
  EN,
  FR,
  ES,
  AR,
  RU
}
