package org.referralnetwork.portal.referral.control;

import static org.referralnetwork.portal.referral.entity.ProtectionMeasure.OFFICE_SUPPLIES;
import static org.referralnetwork.portal.referral.entity.ProtectionMeasure.RENT;
import static org.referralnetwork.portal.referral.entity.ProtectionMeasure.UNIVERSITY_EDUCATION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.ProtectionMeasure;

/**
 * The programme rules of the support page, checked on the server before a referral is submitted.
 * Each broken rule is a {@link RuleViolation} with a message key, so the referrer reads why in
 * their language.
 */
public final class ProgrammeRules {

  static final BigDecimal EMERGENCY_GRANT_MAX = new BigDecimal("10000");
  static final BigDecimal ORGANISATIONAL_SUPPORT_MAX = new BigDecimal("15000");
  static final BigDecimal PARTIAL_FUNDING_FROM = new BigDecimal("40000");
  static final BigDecimal PARTIAL_FUNDING_TO = new BigDecimal("50000");
  static final int RELOCATION_MAX_MONTHS = 12;

  /** Not related to physical or psychological security: individual support cannot cover them. */
  static final Set<ProtectionMeasure> NOT_COVERED = EnumSet.of(UNIVERSITY_EDUCATION, OFFICE_SUPPLIES, RENT);

  private ProgrammeRules() {}

  /** A broken rule: a message key and the values the message shows. */
  public record RuleViolation(String key, Object... arguments) {}

  /** What a referral proposes, as far as the programme rules look at it. */
  public record Proposal(
      Programme programme,
      BigDecimal amountEur,
      Integer relocationMonths,
      Set<ProtectionMeasure> measures,
      String otherMeasures,
      int familyMembers) {}

  public static List<RuleViolation> check(Proposal proposal) {
    List<RuleViolation> violations = new ArrayList<>();
    checkAmount(proposal, violations);
    checkMeasures(proposal, violations);
    if (proposal.programme() == Programme.TEMPORARY_RELOCATION) {
      Integer months = proposal.relocationMonths();
      if (months == null || months < 1 || months > RELOCATION_MAX_MONTHS) {
        violations.add(new RuleViolation("rule.relocation.months", RELOCATION_MAX_MONTHS));
      }
    }
    if (proposal.familyMembers() < 0) {
      violations.add(new RuleViolation("rule.family.negative"));
    }
    return violations;
  }

  /** Organisational support asked between 40,000 and 50,000 EUR: the secretariat may fund part of it. */
  public static boolean isPartialFundingCandidate(Programme programme, BigDecimal amountEur) {
    return programme == Programme.ORGANISATIONAL_SUPPORT
        && amountEur != null
        && amountEur.compareTo(PARTIAL_FUNDING_FROM) >= 0
        && amountEur.compareTo(PARTIAL_FUNDING_TO) <= 0;
  }

  /** Grants ask for an amount; relocation and resettlement do not. */
  public static boolean hasAmount(Programme programme) {
    return programme == Programme.EMERGENCY_GRANT || programme == Programme.ORGANISATIONAL_SUPPORT;
  }

  private static void checkAmount(Proposal proposal, List<RuleViolation> violations) {
    BigDecimal amount = proposal.amountEur();
    if (!hasAmount(proposal.programme())) {
      if (amount != null) {
        violations.add(new RuleViolation("rule.amount.none"));
      }
      return;
    }
    if (amount == null || amount.signum() <= 0) {
      violations.add(new RuleViolation("rule.amount.required"));
    } else if (proposal.programme() == Programme.EMERGENCY_GRANT && amount.compareTo(EMERGENCY_GRANT_MAX) > 0) {
      violations.add(new RuleViolation("rule.amount.emergencyMax", EMERGENCY_GRANT_MAX));
    } else if (proposal.programme() == Programme.ORGANISATIONAL_SUPPORT
        && amount.compareTo(ORGANISATIONAL_SUPPORT_MAX) > 0
        && !isPartialFundingCandidate(proposal.programme(), amount)) {
      violations.add(
          new RuleViolation("rule.amount.organisationalMax", ORGANISATIONAL_SUPPORT_MAX, PARTIAL_FUNDING_FROM, PARTIAL_FUNDING_TO));
    }
  }

  private static void checkMeasures(Proposal proposal, List<RuleViolation> violations) {
    Set<ProtectionMeasure> measures = proposal.measures() == null ? Set.of() : proposal.measures();
    boolean otherGiven = proposal.otherMeasures() != null && !proposal.otherMeasures().isBlank();
    if (measures.isEmpty() && !otherGiven) {
      violations.add(new RuleViolation("rule.measures.required"));
    }
    if (proposal.programme() == Programme.EMERGENCY_GRANT) {
      for (ProtectionMeasure measure : measures) {
        if (NOT_COVERED.contains(measure)) {
          violations.add(new RuleViolation("rule.measures.notCovered", measure));
        }
      }
    }
  }
}
