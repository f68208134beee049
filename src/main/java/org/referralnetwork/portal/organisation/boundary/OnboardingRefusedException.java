package org.referralnetwork.portal.organisation.boundary;

import jakarta.ejb.ApplicationException;

/** An onboarding step that cannot be done as asked; the message key says why, in the bundles. */
@ApplicationException(rollback = true)
public class OnboardingRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public OnboardingRefusedException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
