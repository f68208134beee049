package org.referralnetwork.portal.referral.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A draft that breaks its constraints; nothing was stored. */
@ApplicationException(rollback = true)
public class InvalidDraftException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public InvalidDraftException(List<String> problems) {
    super("invalid draft: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<String> getProblems() {
    return problems;
  }
}
