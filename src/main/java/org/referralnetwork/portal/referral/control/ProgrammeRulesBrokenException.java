package org.referralnetwork.portal.referral.control;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.referralnetwork.portal.referral.control.ProgrammeRules.RuleViolation;

/** The referral breaks programme rules and was not submitted; each violation says which and why. */
@ApplicationException(rollback = true)
public class ProgrammeRulesBrokenException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<RuleViolation> violations;

  public ProgrammeRulesBrokenException(List<RuleViolation> violations) {
    super("programme rules broken: " + violations.stream().map(RuleViolation::key).toList());
    this.violations = List.copyOf(violations);
  }

  public List<RuleViolation> getViolations() {
    return violations;
  }
}
