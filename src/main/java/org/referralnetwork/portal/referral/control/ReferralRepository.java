package org.referralnetwork.portal.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.referralnetwork.portal.organisation.entity.OrganisationScope;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralStatus;
import org.referralnetwork.portal.referral.entity.Urgency;

/**
 * Referrals as stored. Every read takes the caller's {@link OrganisationScope}, and the scope is
 * part of the query itself, so another organisation's rows never leave the database.
 */
@ApplicationScoped
public class ReferralRepository {

  private static final List<ReferralStatus> UNDECIDED =
      List.of(ReferralStatus.SUBMITTED, ReferralStatus.UNDER_REVIEW, ReferralStatus.INFORMATION_REQUESTED);

  private static final String FROM =
      " FROM Referral r JOIN r.defender d JOIN r.organisation o";

  @PersistenceContext private EntityManager em;

  public List<Referral> page(
      OrganisationScope scope, int first, int size, ReferralSort sort, boolean ascending) {
    TypedQuery<Referral> query =
        em.createQuery("SELECT r" + FROM + where(scope) + sort.orderBy(ascending), Referral.class)
            .setHint("eclipselink.join-fetch", "r.defender")
            .setHint("eclipselink.batch", "r.organisation")
            .setFirstResult(first)
            .setMaxResults(size);
    return bind(query, scope).getResultList();
  }

  public long count(OrganisationScope scope) {
    return bind(em.createQuery("SELECT COUNT(r)" + FROM + where(scope), Long.class), scope)
        .getSingleResult();
  }

  /** One referral, if the scope may see it. */
  public Optional<Referral> find(OrganisationScope scope, long id) {
    return bind(
            em.createQuery("SELECT r" + FROM + " WHERE r.id = :id" + (scope.isAll() ? "" : " AND o.id = :organisationId"), Referral.class)
                .setParameter("id", id),
            scope)
        .getResultStream()
        .findFirst();
  }

  /**
   * The open referral of a defender, across all organisations: only for the one-request rule,
   * whose callers reveal nothing of another organisation's referral but that it exists.
   */
  public Optional<Referral> findOpenFor(String identityHash) {
    return em.createQuery("SELECT r FROM Referral r WHERE r.openIdentity = :hash", Referral.class)
        .setParameter("hash", identityHash)
        .getResultStream()
        .findFirst();
  }

  /** The secretariat's review queue: undecided referrals, urgent first, then oldest. */
  public List<Referral> reviewQueue(int first, int size) {
    return em.createQuery(
            "SELECT r" + FROM + " WHERE r.status IN :undecided"
                + " ORDER BY CASE r.urgency WHEN :urgent THEN 0 WHEN :high THEN 1 ELSE 2 END, r.submittedAt, r.id",
            Referral.class)
        .setParameter("undecided", UNDECIDED)
        .setParameter("urgent", Urgency.URGENT)
        .setParameter("high", Urgency.HIGH)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long reviewQueueSize() {
    return em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.status IN :undecided", Long.class)
        .setParameter("undecided", UNDECIDED)
        .getSingleResult();
  }

  public void add(Referral referral) {
    em.persist(referral);
  }

  private static String where(OrganisationScope scope) {
    return scope.isAll() ? "" : " WHERE o.id = :organisationId";
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, OrganisationScope scope) {
    return scope.isAll() ? query : query.setParameter("organisationId", scope.organisationId());
  }
}
