package org.referralnetwork.portal.api.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * The partner API's idempotency keys (table {@code api_idempotency}), used inside the creating
 * transaction: claiming a key inserts its row or, when another request holds it, waits for that
 * request's transaction (the unique key) and then finds its referral.
 */
@ApplicationScoped
public class IdempotencyKeys {

  @PersistenceContext private EntityManager em;
  private final Clock clock = Clock.systemUTC();

  /**
   * Claims the key for this request, or returns the referral an earlier request with the same key
   * and body made; refused (422) when the key came with another body.
   */
  public Optional<Long> claim(String clientId, String key, String requestHash) {
    int inserted = em.createNativeQuery(
            "INSERT IGNORE INTO api_idempotency (client_id, idempotency_key, request_hash, created_at) VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, clientId).setParameter(2, key).setParameter(3, requestHash).setParameter(4, clock.instant())
        .executeUpdate();
    if (inserted == 1) {
      return Optional.empty();
    }
    Object[] earlier = (Object[]) em.createNativeQuery(
            "SELECT request_hash, referral_id FROM api_idempotency WHERE client_id = ?1 AND idempotency_key = ?2 FOR UPDATE")
        .setParameter(1, clientId).setParameter(2, key).getSingleResult();
    if (!requestHash.equals(earlier[0]) || earlier[1] == null) {
      throw new ApiProblemException(422, "idempotency-key-reused", "api.problem.idempotencyKeyReused");
    }
    return Optional.of(((Number) earlier[1]).longValue());
  }

  /** Records the referral the claimed key made. */
  public void made(String clientId, String key, long referralId) {
    em.createNativeQuery("UPDATE api_idempotency SET referral_id = ?1 WHERE client_id = ?2 AND idempotency_key = ?3")
        .setParameter(1, referralId).setParameter(2, clientId).setParameter(3, key).executeUpdate();
  }
}
