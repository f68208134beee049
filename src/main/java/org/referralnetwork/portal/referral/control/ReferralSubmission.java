package org.referralnetwork.portal.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.referralnetwork.portal.quota.control.ReferralSlots;
import org.referralnetwork.portal.referral.control.ProgrammeRules.RuleViolation;
import org.referralnetwork.portal.referral.entity.Defender;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.notification.control.Outbox;

/**
 * Sends a draft to the secretariat: programme rules, consent, then the one-request rule. The rule
 * is checked by a query, for a clear answer, and enforced by the unique key on the open identity,
 * so that of two concurrent submissions for one defender exactly one is stored, whatever the
 * timing: the second waits on the first's index lock and then fails on the duplicate.
 */
@ApplicationScoped
public class ReferralSubmission {

  @Inject ReferralRepository referrals;
  @Inject DefenderIdentities identities;
  @Inject ReferralSlots slots;
  @Inject Outbox outbox;
  @PersistenceContext EntityManager em;

  /** Must run inside the caller's transaction; on any refusal nothing is written. */
  public void submit(Referral referral, String by, Instant now) {
    List<RuleViolation> violations = new ArrayList<>(ProgrammeRules.check(proposalOf(referral)));
    if (!referral.isConsentGiven()) {
      violations.add(new RuleViolation("rule.consent.required"));
    }
    if (!violations.isEmpty()) {
      throw new ProgrammeRulesBrokenException(violations);
    }
    Defender defender = referral.getDefender();
    String identity = identities.hashOf(defender.getNameOrAlias(), defender.getCountryCode());
    defender.recognisedAs(identity);
    Optional<Referral> open = referrals.findOpenFor(identity);
    if (open.isPresent()) {
      boolean sameOrganisation = open.get().getOrganisation().getId().equals(referral.getOrganisation().getId());
      throw new OpenRequestExistsException(sameOrganisation ? open.get().getId() : null);
    }
    referral.apply(Transition.SUBMIT, by, null, now);
    try {
      em.flush();
    } catch (PersistenceException conflict) {
      if (isDuplicateOpenIdentity(conflict)) {
        throw new OpenRequestExistsException(null);
      }
      throw conflict;
    }
    slots.onSubmitted(referral, by, now);
    outbox.referralMoved(referral, Transition.SUBMIT);
  }

  private static ProgrammeRules.Proposal proposalOf(Referral referral) {
    return new ProgrammeRules.Proposal(
        referral.getProgramme(),
        referral.getAmountEur(),
        referral.getRelocationMonths(),
        referral.getMeasures(),
        referral.getOtherMeasures(),
        referral.getFamilyMembers());
  }

  private static boolean isDuplicateOpenIdentity(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException
          && t.getMessage() != null
          && t.getMessage().contains("uk_referral_open_identity")) {
        return true;
      }
    }
    return false;
  }
}
