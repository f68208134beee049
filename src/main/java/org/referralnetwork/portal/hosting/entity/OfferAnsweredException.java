package org.referralnetwork.portal.hosting.entity;

import jakarta.ejb.ApplicationException;

/** The offer was answered (or taken back) already: by a colleague, or by the secretariat. */
@ApplicationException(rollback = true)
public class OfferAnsweredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OfferAnsweredException(Long offerId) {
    super("offer " + offerId + " is no longer waiting for an answer");
  }
}
