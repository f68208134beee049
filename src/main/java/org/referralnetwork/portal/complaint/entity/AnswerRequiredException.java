package org.referralnetwork.portal.complaint.entity;

import jakarta.ejb.ApplicationException;

/** A complaint set to "answered" without an answer to show the complainant; nothing changed. */
@ApplicationException(rollback = true)
public class AnswerRequiredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AnswerRequiredException() {
    super("an answer is needed to mark a complaint answered");
  }
}
