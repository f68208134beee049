package org.referralnetwork.portal.hosting.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.referralnetwork.portal.audit.boundary.AuditLog;
import org.referralnetwork.portal.audit.boundary.AuditRefusals;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.hosting.control.HostingNotFoundException;
import org.referralnetwork.portal.hosting.control.OfferAnswers;
import org.referralnetwork.portal.hosting.control.RelocationSteps;
import org.referralnetwork.portal.hosting.entity.FollowUp;
import org.referralnetwork.portal.hosting.entity.Relocation;
import org.referralnetwork.portal.hosting.entity.RelocationOffer;
import org.referralnetwork.portal.hosting.entity.ReportKind;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Permission;

/**
 * A host coordinator's desk: the offers made to their organisation (never another host's), the
 * answer to each, and the relocations it runs. Every query names the caller's organisation.
 */
@Stateless
@AuditRefusals
public class HostDesk {

  @Inject private CurrentCaller caller;
  @EJB private AuditLog audit;
  @Inject private OfferAnswers answers;
  @Inject private RelocationSteps steps;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** The offers made to the caller's organisation, those waiting for an answer first. */
  public List<OfferRow> offers() {
    String hostId = hostId();
    Instant now = clock.instant();
    return em.createQuery("SELECT o FROM RelocationOffer o JOIN FETCH o.host WHERE o.host.id = :host"
            + " ORDER BY CASE WHEN o.openReferralId IS NULL THEN 1 ELSE 0 END, o.offeredAt DESC", RelocationOffer.class)
        .setParameter("host", hostId)
        .setMaxResults(200)
        .getResultStream()
        .map(o -> new OfferRow(o, now))
        .toList();
  }

  /** The offers to the caller's organisation still waiting for its answer, the first due first (at most {@code max}). */
  public List<OfferRow> waitingOffers(int max) {
    Instant now = clock.instant();
    return em.createQuery("SELECT o FROM RelocationOffer o JOIN FETCH o.host WHERE o.host.id = :host"
            + " AND o.openReferralId IS NOT NULL ORDER BY o.answerDue, o.id", RelocationOffer.class)
        .setParameter("host", hostId())
        .setMaxResults(max)
        .getResultStream()
        .map(o -> new OfferRow(o, now))
        .toList();
  }

  /** How many offers to the caller's organisation wait for its answer. */
  public long waitingOfferCount() {
    return em.createQuery("SELECT COUNT(o) FROM RelocationOffer o WHERE o.host.id = :host AND o.openReferralId IS NOT NULL",
            Long.class)
        .setParameter("host", hostId())
        .getSingleResult();
  }

  /** One offer to the caller's organisation; another host's offer does not exist for the caller. */
  public OfferRow offer(long offerId) {
    RelocationOffer offer = own(offerId);
    audit.record(AuditAction.REFERRAL_READ, offer.getReferralId(), offer.getReferral().getOrganisation().getId(),
        "offer " + offerId + " seen by its host");
    return new OfferRow(offer, clock.instant());
  }

  /** The relocation an accepted offer started, if any. */
  public Optional<RelocationRow> relocationOf(long offerId) {
    own(offerId);
    return em.createQuery("SELECT r FROM Relocation r WHERE r.offer.id = :offer", Relocation.class)
        .setParameter("offer", offerId)
        .getResultStream()
        .findFirst()
        .map(r -> new RelocationRow(r, RelocationOffers.reportsOf(em, r.getId())));
  }

  public void accept(long offerId, LocalDate start, LocalDate end, BigDecimal budget) {
    answers.accept(offerId, hostId(), caller.getUsername(), start, end, budget, clock.instant());
    auditOffer(offerId, AuditAction.OFFER_ANSWERED, "accepted");
  }

  public void decline(long offerId, String reason) {
    answers.decline(offerId, hostId(), caller.getUsername(), reason, clock.instant());
    auditOffer(offerId, AuditAction.OFFER_ANSWERED, "declined");
  }

  public void confirmArrival(long relocationId, LocalDate on) {
    steps.arrive(relocationId, hostId(), caller.getUsername(), on, clock.instant());
    auditRelocation(relocationId, "arrival confirmed");
  }

  public void report(long relocationId, ReportKind kind, String text) {
    steps.report(relocationId, hostId(), caller.getUsername(), kind, text, clock.instant());
    auditRelocation(relocationId, "report written");
  }

  public void recordReturn(long relocationId, LocalDate on) {
    steps.recordReturn(relocationId, hostId(), caller.getUsername(), on, clock.instant());
    auditRelocation(relocationId, "return recorded");
  }

  public void endEarly(long relocationId, LocalDate on, String reason) {
    steps.endEarly(relocationId, hostId(), caller.getUsername(), on, reason, clock.instant());
    auditRelocation(relocationId, "ended early");
  }

  public void recordFollowUp(long relocationId, FollowUp outcome, String notes) {
    steps.recordFollowUp(relocationId, hostId(), outcome, notes);
    auditRelocation(relocationId, "follow-up recorded");
  }

  private void auditOffer(long offerId, AuditAction action, String detail) {
    RelocationOffer offer = em.find(RelocationOffer.class, offerId);
    audit.record(action, offer.getReferralId(), offer.getReferral().getOrganisation().getId(), detail);
  }

  private void auditRelocation(long relocationId, String detail) {
    Relocation relocation = em.find(Relocation.class, relocationId);
    audit.record(AuditAction.RELOCATION_STEP, relocation.getReferralId(), relocation.getReferral().getOrganisation().getId(),
        detail);
  }

  private RelocationOffer own(long offerId) {
    return em.createQuery("SELECT o FROM RelocationOffer o JOIN FETCH o.host WHERE o.id = :id AND o.host.id = :host",
            RelocationOffer.class)
        .setParameter("id", offerId)
        .setParameter("host", hostId())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new HostingNotFoundException("offer.notFound"));
  }

  private String hostId() {
    caller.require(Permission.ANSWER_OFFERS);
    return caller.membership().orElseThrow().organisationId();
  }
}
