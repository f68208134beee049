package org.referralnetwork.portal.hosting.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.referralnetwork.portal.audit.boundary.AuditLog;
import org.referralnetwork.portal.audit.boundary.AuditRefusals;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.hosting.control.HostDirectory;
import org.referralnetwork.portal.hosting.control.HostMatching;
import org.referralnetwork.portal.hosting.control.HostingRefusedException;
import org.referralnetwork.portal.hosting.control.Offers;
import org.referralnetwork.portal.hosting.entity.HostingRequest;
import org.referralnetwork.portal.hosting.entity.Relocation;
import org.referralnetwork.portal.hosting.entity.RelocationOffer;
import org.referralnetwork.portal.hosting.entity.RelocationReport;
import org.referralnetwork.portal.referral.boundary.VisibleReferrals;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Permission;

/**
 * The secretariat finds a host for an accepted relocation referral and offers it; everyone who may
 * see the referral sees its offers and its relocation.
 */
@Stateless
@AuditRefusals
public class RelocationOffers {

  @Inject private CurrentCaller caller;
  @EJB private AuditLog audit;
  @Inject private VisibleReferrals visible;
  @Inject private HostDirectory hosts;
  @Inject private Offers offers;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** Every host, best match first, for what the secretariat looks for. */
  public List<HostMatching.HostMatch> suggest(long referralId, HostingRequest request) {
    requireReviewer();
    visible.get(referralId);
    List<String> problems = Offers.problemsOf(request, today());
    if (!problems.isEmpty()) {
      throw new HostingRefusedException(problems);
    }
    return HostMatching.rank(request, hosts.candidates(request));
  }

  public void offer(long referralId, long seenVersion, String hostId, HostingRequest request) {
    requireReviewer();
    Referral referral = visible.get(referralId, seenVersion);
    RelocationOffer offer = offers.offer(referral, hostId, request, caller.getUsername(), clock.instant());
    visible.flush(referral);
    audit.record(AuditAction.OFFER_MADE, referralId, referral.getOrganisation().getId(), "offer " + offer.getId());
  }

  public void withdraw(long referralId, long seenVersion, String reason) {
    requireReviewer();
    Referral referral = visible.get(referralId, seenVersion);
    offers.withdraw(referral, reason, caller.getUsername(), clock.instant());
    visible.flush(referral);
    audit.record(AuditAction.OFFER_WITHDRAWN, referralId, referral.getOrganisation().getId(), null);
  }

  /** The referral's offers, newest first. */
  public List<OfferRow> offersOf(long referralId) {
    visible.get(referralId);
    Instant now = clock.instant();
    return em.createQuery("SELECT o FROM RelocationOffer o JOIN FETCH o.host WHERE o.referral.id = :referral"
            + " ORDER BY o.offeredAt DESC, o.id DESC", RelocationOffer.class)
        .setParameter("referral", referralId)
        .getResultStream()
        .map(o -> new OfferRow(o, now))
        .toList();
  }

  /** The referral's relocation, if a host accepted it. */
  public Optional<RelocationRow> relocationOf(long referralId) {
    visible.get(referralId);
    return em.createQuery("SELECT r FROM Relocation r JOIN FETCH r.host WHERE r.referral.id = :referral",
            Relocation.class)
        .setParameter("referral", referralId)
        .getResultStream()
        .findFirst()
        .map(r -> new RelocationRow(r, reportsOf(em, r.getId())));
  }

  static List<RelocationReport> reportsOf(EntityManager em, long relocationId) {
    return em.createQuery("SELECT p FROM RelocationReport p WHERE p.relocation.id = :relocation ORDER BY p.writtenAt",
            RelocationReport.class)
        .setParameter("relocation", relocationId)
        .getResultList();
  }

  private void requireReviewer() {
    caller.require(Permission.REVIEW);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
