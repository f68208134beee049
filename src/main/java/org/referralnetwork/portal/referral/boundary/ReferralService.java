package org.referralnetwork.portal.referral.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.referral.control.ProgrammeEligibility;
import org.referralnetwork.portal.referral.control.ReferralRepository;
import org.referralnetwork.portal.referral.control.ReferralSort;
import org.referralnetwork.portal.referral.entity.Defender;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Membership;
import org.referralnetwork.portal.security.NotAMemberOfOneOrganisationException;
import org.referralnetwork.portal.security.NotAllowedException;
import org.referralnetwork.portal.security.Roles;

/** The referral use cases of the current caller: one method, one transaction. */
@Stateless
public class ReferralService {

  @Inject private CurrentCaller caller;
  @Inject private ReferralRepository referrals;
  @Inject private Validator validator;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** A page of the referrals the caller may see: their organisation's, or all for the secretariat. */
  public List<ReferralRow> listForCaller(int first, int size, ReferralSort sort, boolean ascending) {
    return referrals.page(caller.scope(), first, size, sort, ascending).stream().map(ReferralRow::new).toList();
  }

  public long countForCaller() {
    return referrals.count(caller.scope());
  }

  /** The programmes the caller's organisation may refer to. */
  public Set<Programme> programmesForCaller() {
    return caller.membership().map(m -> ProgrammeEligibility.programmesFor(m.kinds())).orElse(Set.of());
  }

  public ReferralRow createDraft(DraftReferral draft) {
    if (!caller.hasRole(Roles.REFERRER)) {
      throw new NotAllowedException(Roles.REFERRER);
    }
    Set<ConstraintViolation<DraftReferral>> violations = validator.validate(draft);
    if (!violations.isEmpty()) {
      throw new InvalidDraftException(violations.stream().map(ConstraintViolation::getMessage).toList());
    }
    Membership membership =
        caller.membership().orElseThrow(() -> new NotAMemberOfOneOrganisationException(caller.getOrganisationCount()));
    if (!ProgrammeEligibility.mayRefer(membership.kinds(), draft.getProgramme())) {
      throw new ProgrammeNotOpenToOrganisationException(draft.getProgramme());
    }
    Organisation organisation = em.find(Organisation.class, membership.organisationId());
    Referral referral =
        Referral.draft(
            organisation,
            new Defender(organisation, draft.getNameOrAlias().strip(), draft.getCountryCode()),
            draft.getProgramme(),
            draft.getUrgency(),
            draft.getLanguage(),
            caller.getUsername(),
            clock.instant());
    referrals.add(referral);
    em.flush();
    return new ReferralRow(referral);
  }
}
