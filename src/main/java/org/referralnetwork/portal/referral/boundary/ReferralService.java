package org.referralnetwork.portal.referral.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.quota.control.ReferralSlots;
import org.referralnetwork.portal.referral.control.DefenderIdentities;
import org.referralnetwork.portal.referral.control.ProgrammeEligibility;
import org.referralnetwork.portal.referral.control.ReferralFilter;
import org.referralnetwork.portal.referral.control.ReferralRepository;
import org.referralnetwork.portal.referral.control.ReferralSort;
import org.referralnetwork.portal.referral.entity.Defender;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.ProtectionMeasure;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralAccess;
import org.referralnetwork.portal.referral.entity.ReferralMessage;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.Transition;
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
  @Inject private DefenderIdentities identities;
  @Inject private ReferralLife life;
  @Inject private VisibleReferrals visible;
  @Inject private ReferralSlots slots;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** A page of the referrals the caller may see: their organisation's, or all for the secretariat. */
  public List<ReferralRow> listForCaller(
      ReferralFilter filter, int first, int size, ReferralSort sort, boolean ascending) {
    return referrals.page(caller.scope(), filter, first, size, sort, ascending).stream().map(ReferralRow::new).toList();
  }

  public long countForCaller(ReferralFilter filter) {
    return referrals.count(caller.scope(), filter);
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
    String name = draft.getNameOrAlias().strip();
    Defender defender = new Defender(organisation, name, draft.getCountryCode());
    defender.identify(name, draft.getCountryCode(), identities.hashOf(name, draft.getCountryCode()));
    Referral referral =
        Referral.draft(
            organisation,
            defender,
            draft.getProgramme(),
            draft.getUrgency(),
            draft.getLanguage(),
            caller.getUsername(),
            clock.instant());
    referrals.add(referral);
    em.flush();
    return new ReferralRow(referral);
  }

  /** A referral's details, timeline and thread, if the caller may see it; the opening is logged. */
  public ReferralView details(long id) {
    Referral referral = visible.get(id);
    Instant now = clock.instant();
    em.persist(new ReferralAccess(id, caller.getUsername(), now));
    List<ReferralMessage> messages =
        em.createQuery("SELECT m FROM ReferralMessage m WHERE m.referral = :r ORDER BY m.sentAt, m.id", ReferralMessage.class)
            .setParameter("r", referral)
            .getResultList();
    List<Transition> moves = life.movesFor(referral);
    boolean editable = referral.getStatus() == ReferralStatus.DRAFT && moves.contains(Transition.SUBMIT);
    ReferralView view = new ReferralView(referral, detailsOf(referral), messages, moves, editable, now);
    view.setSlotState(slots.stateOf(id).orElse(null));
    return view;
  }

  /**
   * Saves a step of a draft as it is, so nothing typed is lost; only the shape of each field is
   * checked here, the programme rules when it is submitted. Returns the new version.
   */
  public long saveDraft(long id, long seenVersion, DraftDetails details) {
    Referral referral = visible.get(id, seenVersion);
    if (!life.movesFor(referral).contains(Transition.SUBMIT)) {
      throw new NotAllowedException(Roles.REFERRER);
    }
    Set<ConstraintViolation<DraftDetails>> violations = validator.validate(details);
    if (!violations.isEmpty()) {
      throw new InvalidDraftException(violations.stream().map(ConstraintViolation::getMessage).toList());
    }
    String name = details.getNameOrAlias().strip();
    referral.getDefender().identify(name, details.getCountryCode(), identities.hashOf(name, details.getCountryCode()));
    referral.getDefender().describe(details.getGenderIdentity(), details.getPronouns(), details.getLanguages(),
        details.getSafeContact(), details.getHumanRightsWork());
    referral.describe(new Referral.Details(details.getRiskSituation(), details.getUrgency(), details.getLanguage(),
        details.getMeasures().isEmpty() ? EnumSet.noneOf(ProtectionMeasure.class) : EnumSet.copyOf(details.getMeasures()),
        details.getOtherMeasures(), details.getAmountEur(), details.getRelocationMonths(), details.getFamilyMembers(),
        details.getFamilyDetails(), details.getOtherApplications(), details.isConsentGiven(), details.getConfidentiality(),
        details.getShareWith()));
    referral.touch(clock.instant());
    visible.flush(referral);
    return referral.getVersion();
  }

  /** A message on the referral's thread, from the referring organisation or the secretariat. */
  public void postMessage(long id, String body) {
    Referral referral = visible.get(id);
    // whoever may see the referral (its organisation, or the secretariat) may write on its thread
    if (body == null || body.isBlank() || body.length() > 4000) {
      throw new InvalidDraftException(List.of("message"));
    }
    em.persist(new ReferralMessage(referral, caller.getUsername(), caller.isSecretariat(), clock.instant(), body.strip()));
  }

  /** The secretariat's review queue: undecided referrals, urgent first, then oldest. */
  public List<ReferralRow> reviewQueue(int first, int size) {
    if (!caller.isSecretariat()) {
      throw new NotAllowedException(Roles.REVIEWER);
    }
    return referrals.reviewQueue(first, size).stream().map(ReferralRow::new).toList();
  }

  public long reviewQueueSize() {
    if (!caller.isSecretariat()) {
      throw new NotAllowedException(Roles.REVIEWER);
    }
    return referrals.reviewQueueSize();
  }

  private static DraftDetails detailsOf(Referral referral) {
    DraftDetails details = new DraftDetails();
    Defender defender = referral.getDefender();
    details.setNameOrAlias(defender.getNameOrAlias());
    details.setCountryCode(defender.getCountryCode());
    details.setGenderIdentity(defender.getGenderIdentity());
    details.setPronouns(defender.getPronouns());
    details.setLanguages(defender.getLanguages());
    details.setSafeContact(defender.getSafeContact());
    details.setHumanRightsWork(defender.getHumanRightsWork());
    details.setRiskSituation(referral.getRiskSituation());
    details.setUrgency(referral.getUrgency());
    details.setLanguage(referral.getLanguage());
    details.setMeasures(List.copyOf(referral.getMeasures()));
    details.setOtherMeasures(referral.getOtherMeasures());
    details.setAmountEur(referral.getAmountEur());
    details.setRelocationMonths(referral.getRelocationMonths());
    details.setFamilyMembers(referral.getFamilyMembers());
    details.setFamilyDetails(referral.getFamilyDetails());
    details.setOtherApplications(referral.getOtherApplications());
    details.setConsentGiven(referral.isConsentGiven());
    details.setConfidentiality(referral.getConfidentiality());
    details.setShareWith(referral.getShareWith());
    return details;
  }
}
