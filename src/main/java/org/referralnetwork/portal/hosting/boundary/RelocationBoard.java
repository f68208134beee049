package org.referralnetwork.portal.hosting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.referralnetwork.portal.audit.boundary.AuditRefusals;
import org.referralnetwork.portal.hosting.entity.Relocation;
import org.referralnetwork.portal.hosting.entity.RelocationOffer;
import org.referralnetwork.portal.hosting.entity.RelocationState;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Permission;

/**
 * Who is where, until when: the secretariat sees every relocation and every offer waiting for an
 * answer (those past their time flagged); a host sees its own relocations only.
 */
@Stateless
@AuditRefusals
public class RelocationBoard {

  @Inject private CurrentCaller caller;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** The relocations of the caller's scope that end on or after {@code from}, by start. */
  public List<RelocationRow> relocations(LocalDate from) {
    caller.require(Permission.VIEW_RELOCATIONS);
    boolean all = caller.scope().isAll();
    TypedQuery<Relocation> query = em.createQuery(
            "SELECT r FROM Relocation r JOIN FETCH r.host WHERE COALESCE(r.endedOn, r.plannedEnd) >= :from"
                + (all ? "" : " AND r.host.id = :host") + " ORDER BY r.plannedStart, r.id", Relocation.class)
        .setParameter("from", from)
        .setMaxResults(1000);
    if (!all) {
      query.setParameter("host", caller.membership().orElseThrow().organisationId());
    }
    return query.getResultStream().map(r -> new RelocationRow(r, List.of())).toList();
  }

  /**
   * The relocations of the caller's scope that start (still planned) or end (planned or under way)
   * between {@code from} and {@code to}, both included, by the nearer of the two days.
   */
  public List<RelocationRow> arrivingOrEnding(LocalDate from, LocalDate to) {
    caller.require(Permission.VIEW_RELOCATIONS);
    boolean all = caller.scope().isAll();
    TypedQuery<Relocation> query = em.createQuery(
            "SELECT r FROM Relocation r JOIN FETCH r.host WHERE ((r.state = :planned AND r.plannedStart BETWEEN :from AND :to)"
                + " OR (r.state IN :running AND r.plannedEnd BETWEEN :from AND :to))"
                + (all ? "" : " AND r.host.id = :host") + " ORDER BY r.plannedStart, r.id", Relocation.class)
        .setParameter("planned", RelocationState.PLANNED)
        .setParameter("running", List.of(RelocationState.PLANNED, RelocationState.ACTIVE))
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(200);
    if (!all) {
      query.setParameter("host", caller.membership().orElseThrow().organisationId());
    }
    return query.getResultStream().map(r -> new RelocationRow(r, List.of())).toList();
  }

  /** How many offers are past their answer time: the secretariat is told wherever it starts its day. */
  public long overdueOffers() {
    caller.require(Permission.REVIEW);
    return em.createQuery("SELECT COUNT(o) FROM RelocationOffer o WHERE o.openReferralId IS NOT NULL AND o.answerDue < :now",
            Long.class)
        .setParameter("now", clock.instant())
        .getSingleResult();
  }

  /** Offers waiting for a host's answer, oldest due first: for the secretariat only. */
  public List<OfferRow> waitingOffers() {
    caller.require(Permission.REVIEW);
    Instant now = clock.instant();
    return em.createQuery("SELECT o FROM RelocationOffer o JOIN FETCH o.host WHERE o.openReferralId IS NOT NULL"
            + " ORDER BY o.answerDue", RelocationOffer.class)
        .getResultStream()
        .map(o -> new OfferRow(o, now))
        .toList();
  }
}
