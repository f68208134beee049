package org.referralnetwork.portal.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.referralnetwork.portal.organisation.entity.OrganisationScope;
import org.referralnetwork.portal.referral.entity.Referral;

/**
 * Referrals as stored. Every read takes the caller's {@link OrganisationScope}, and the scope is
 * part of the query itself, so another organisation's rows never leave the database.
 */
@ApplicationScoped
public class ReferralRepository {

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
