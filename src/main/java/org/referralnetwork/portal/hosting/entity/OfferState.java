package org.referralnetwork.portal.hosting.entity;

/** Where an offer to a host stands: waiting for the host, or answered, or taken back. */
public enum OfferState {
  OFFERED,
  ACCEPTED,
  DECLINED,
  WITHDRAWN
}
