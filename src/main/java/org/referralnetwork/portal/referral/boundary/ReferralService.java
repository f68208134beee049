package org.referralnetwork.portal.referral.boundary;

import jakarta.ejb.EJB;
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
import org.referralnetwork.portal.audit.boundary.AuditLog;
import org.referralnetwork.portal.audit.boundary.AuditRefusals;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.quota.control.ReferralSlots;
import org.referralnetwork.portal.protection.control.DataKeys;
import org.referralnetwork.portal.referral.control.DefenderIdentities;
import org.referralnetwork.portal.referral.control.ProgrammeEligibility;
import org.referralnetwork.portal.referral.control.ReferralFilter;
import org.referralnetwork.portal.referral.control.ReferralRepository;
import org.referralnetwork.portal.referral.control.ReferralSort;
import org.referralnetwork.portal.referral.entity.Defender;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.ProtectionMeasure;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralMessage;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.Transition;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Permission;
import org.referralnetwork.portal.security.Membership;
import org.referralnetwork.portal.security.NotAMemberOfOneOrganisationException;
import org.referralnetwork.portal.security.NotAllowedException;

/** The referral use cases of the current caller: one method, one transaction. */
@Stateless
@AuditRefusals
public class ReferralService {

  @Inject private CurrentCaller caller;
  @Inject private ReferralRepository referrals;
  @Inject private Validator validator;
  @Inject private DefenderIdentities identities;
  @Inject private DataKeys dataKeys;
  @EJB private ReferralLife life;
  @Inject private VisibleReferrals visible;
  @Inject private ReferralSlots slots;
  @Inject private PersonalDetails personal;
  @EJB private AuditLog audit;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** A page of the referrals the caller may see: their organisation's, or all for the secretariat. */
  public List<ReferralRow> listForCaller(
      ReferralFilter filter, int first, int size, ReferralSort sort, boolean ascending) {
    return referrals.page(caller.scope(), filter, first, size, sort, ascending).stream().map(this::row).toList();
  }

  public long countForCaller(ReferralFilter filter) {
    return referrals.count(caller.scope(), filter);
  }

  /** The programmes the caller's organisation may refer to. */
  public Set<Programme> programmesForCaller() {
    return caller.membership().map(m -> ProgrammeEligibility.programmesFor(m.kinds())).orElse(Set.of());
  }

  public ReferralRow createDraft(DraftReferral draft) {
    return new ReferralRow(newDraft(draft, null));
  }

  /**
   * A draft with all the details the wizard asks at once (the partner API's creation), stored as
   * one insert of each row, and as the answer shows it, read in the same transaction (its opening logged).
   */
  public ReferralView createDraft(DraftReferral draft, DraftDetails details) {
    return viewOf(newDraft(draft, details), false); // created in this transaction: no thread to read yet
  }

  /**
   * As {@link #createDraft(DraftReferral, DraftDetails)}, then submitted in the same transaction
   * (the partner API's "create and submit"): a refused submission keeps nothing, not even the draft.
   */
  public ReferralView createSubmitted(DraftReferral draft, DraftDetails details) {
    return viewOf(life.submitNew(newDraft(draft, details)), false);
  }

  /** A new draft of the caller's organisation; with {@code details}, described before it is first written. */
  private Referral newDraft(DraftReferral draft, DraftDetails details) {
    caller.require(Permission.REFER);
    Set<ConstraintViolation<DraftReferral>> violations = validator.validate(draft);
    if (!violations.isEmpty()) {
      throw new InvalidDraftException(violations.stream().map(ConstraintViolation::getMessage).toList());
    }
    Membership membership =
        caller.membership().orElseThrow(() -> new NotAMemberOfOneOrganisationException(caller.getOrganisationCount()));
    if (!ProgrammeEligibility.mayRefer(membership.kinds(), draft.getProgramme())) {
      throw new ProgrammeNotOpenToOrganisationException(draft.getProgramme());
    }
    if (details != null) {
      requireShapeOf(details);
    }
    Organisation organisation = em.find(Organisation.class, membership.organisationId());
    String name = draft.getNameOrAlias().strip();
    Defender defender = new Defender(organisation, dataKeys.create(), name, draft.getCountryCode());
    Referral referral =
        Referral.draft(
            organisation,
            defender,
            draft.getProgramme(),
            draft.getUrgency(),
            draft.getLanguage(),
            caller.getUsername(),
            clock.instant());
    if (details == null) {
      identities.identify(defender, name, draft.getCountryCode());
    } else {
      describe(referral, details);
    }
    referrals.add(referral);
    em.flush();
    audit.record(AuditAction.REFERRAL_CREATED, referral.getId(), organisation.getId(), draft.getProgramme().name());
    return referral;
  }

  /**
   * A referral's details, timeline and thread, if the caller may see it; the opening is logged.
   * Personal details (and the thread, which may name people) only for those {@link PersonalDetails} allows.
   */
  public ReferralView details(long id) {
    return details(visible.get(id));
  }

  /**
   * As {@link #details(long)}, for a referral the caller was given by {@link VisibleReferrals} or
   * {@link ReferralLife} in this transaction (the partner API's answer to a move): not read again.
   */
  public ReferralView details(Referral referral) {
    return viewOf(referral, true);
  }

  private List<ReferralMessage> threadOf(Referral referral) {
    return em.createQuery("SELECT m FROM ReferralMessage m WHERE m.referral = :r ORDER BY m.sentAt, m.id",
            ReferralMessage.class)
        .setParameter("r", referral)
        .getResultList();
  }

  /** The view of a visible referral, its thread only with its personal details; the opening is logged. */
  private ReferralView viewOf(Referral referral, boolean readThread) {
    long id = referral.getId();
    Instant now = clock.instant();
    boolean shown = personal.shownTo(referral);
    audit.record(AuditAction.REFERRAL_READ, id, referral.getOrganisation().getId(),
        shown ? "opened" : "opened without personal details");
    List<ReferralMessage> messages = shown && readThread ? threadOf(referral) : List.of();
    List<Transition> moves = life.movesFor(referral);
    boolean editable = referral.getStatus() == ReferralStatus.DRAFT && moves.contains(Transition.SUBMIT);
    ReferralView view = new ReferralView(referral, shown ? detailsOf(referral) : withoutPersonalDetails(referral), messages,
        moves, editable, now);
    if (!shown) {
      view.hidePersonalDetails();
    }
    view.setSlotState(slots.stateOf(referral).orElse(null));
    return view;
  }

  /**
   * "Break the glass": a secretariat member who is not the assigned reviewer opens the personal
   * details with a reason, which the audit log keeps and the referring organisation's admin sees.
   */
  public void openPersonalDetails(long id, String reason) {
    caller.require(Permission.REVIEW);
    Referral referral = visible.get(id);
    if (reason == null || reason.isBlank() || reason.length() > 400) {
      throw new InvalidDraftException(List.of("reason"));
    }
    audit.record(AuditAction.BREAK_GLASS, id, referral.getOrganisation().getId(), "reason: " + reason.strip());
  }

  /**
   * Saves a step of a draft as it is, so nothing typed is lost; only the shape of each field is
   * checked here, the programme rules when it is submitted. Returns the new version.
   */
  public long saveDraft(long id, long seenVersion, DraftDetails details) {
    Referral referral = visible.get(id, seenVersion);
    if (!life.movesFor(referral).contains(Transition.SUBMIT)) {
      throw new NotAllowedException(Permission.REFER);
    }
    requireShapeOf(details);
    describe(referral, details);
    referral.touch(clock.instant());
    visible.flush(referral);
    audit.record(AuditAction.DRAFT_SAVED, id, referral.getOrganisation().getId(), null);
    return referral.getVersion();
  }

  /** Only the shape of each field; the programme rules are checked when the draft is submitted. */
  private void requireShapeOf(DraftDetails details) {
    Set<ConstraintViolation<DraftDetails>> violations = validator.validate(details);
    if (!violations.isEmpty()) {
      throw new InvalidDraftException(violations.stream().map(ConstraintViolation::getMessage).toList());
    }
  }

  private void describe(Referral referral, DraftDetails details) {
    identities.identify(referral.getDefender(), details.getNameOrAlias().strip(), details.getCountryCode());
    referral.getDefender().describe(details.getGenderIdentity(), details.getPronouns(), details.getLanguages(),
        details.getSafeContact(), details.getHumanRightsWork());
    referral.describe(new Referral.Details(details.getRiskSituation(), details.getUrgency(), details.getLanguage(),
        details.getMeasures().isEmpty() ? EnumSet.noneOf(ProtectionMeasure.class) : EnumSet.copyOf(details.getMeasures()),
        details.getOtherMeasures(), details.getAmountEur(), details.getRelocationMonths(), details.getFamilyMembers(),
        details.getFamilyDetails(), details.getOtherApplications(), details.isConsentGiven(), details.getConfidentiality(),
        details.getShareWith()));
  }

  /** A message on the referral's thread, from the referring organisation or the secretariat. */
  public void postMessage(long id, String body) {
    Referral referral = visible.get(id);
    // whoever may see the referral (its organisation, or the secretariat) may write on its thread
    if (body == null || body.isBlank() || body.length() > 4000) {
      throw new InvalidDraftException(List.of("message"));
    }
    em.persist(new ReferralMessage(referral, caller.getUsername(), caller.isSecretariat(), clock.instant(), body.strip()));
    audit.record(AuditAction.MESSAGE_POSTED, id, referral.getOrganisation().getId(), null);
  }

  /** The secretariat's review queue: undecided referrals, urgent first, then oldest. */
  public List<ReferralRow> reviewQueue(int first, int size) {
    caller.require(Permission.REVIEW);
    return referrals.reviewQueue(first, size).stream().map(this::row).toList();
  }

  public long reviewQueueSize() {
    caller.require(Permission.REVIEW);
    return referrals.reviewQueueSize();
  }

  private ReferralRow row(Referral referral) {
    return new ReferralRow(referral, personal.nameShownTo(referral));
  }

  /** What the referral says without who the defender is, what threatens them, or who their family is. */
  private static DraftDetails withoutPersonalDetails(Referral referral) {
    DraftDetails details = detailsOf(referral);
    details.setNameOrAlias(PersonalDetails.initials(details.getNameOrAlias()));
    details.setGenderIdentity(null);
    details.setPronouns(null);
    details.setLanguages(null);
    details.setSafeContact(null);
    details.setHumanRightsWork(null);
    details.setRiskSituation(null);
    details.setOtherMeasures(null);
    details.setFamilyDetails(null);
    details.setOtherApplications(null);
    details.setShareWith(null);
    return details;
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
