package org.referralnetwork.portal.audit.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.referralnetwork.portal.audit.control.AuditChain;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.audit.entity.AuditEvent;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Permission;

/**
 * Reading the audit log: the secretariat searches all of it and verifies its chain; an
 * organisation's admin sees the events on its own organisation's referrals, whoever made them
 * (the secretariat's reads included).
 */
@Stateless
@AuditRefusals
public class AuditTrail {

  /** How long a recorded reason opens a referral's personal details to the reviewer who gave it. */
  public static final Duration GLASS_OPEN_FOR = Duration.ofHours(12);

  @Inject private CurrentCaller caller;
  @Inject private AuditChain chain;
  @EJB private AuditLog log;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** What to look for; null fields match everything. */
  public record Search(String actor, AuditAction action, Long referralId, Instant from, Instant until)
      implements Serializable {}

  public List<AuditEvent> search(Search search, int first, int size) {
    return query(search, AuditEvent.class, "SELECT e FROM AuditEvent e", " ORDER BY e.seq DESC")
        .setFirstResult(first)
        .setMaxResults(Math.min(size, 500))
        .getResultList();
  }

  public long count(Search search) {
    return query(search, Long.class, "SELECT COUNT(e) FROM AuditEvent e", "").getSingleResult();
  }

  /** Walks the whole chain; the check itself is recorded. */
  public AuditChain.Check verify() {
    caller.require(Permission.READ_AUDIT_LOG);
    AuditChain.Check check = chain.verify();
    log.record(AuditAction.AUDIT_VERIFIED, check.isIntact() ? "chain intact, " + check.linesChecked() + " lines"
        : "chain broken at line " + check.firstBrokenSeq());
    return check;
  }

  /** True when the caller recorded a reason to see this referral's personal details in the last hours. */
  public boolean glassOpen(long referralId) {
    return !em.createQuery("SELECT e.seq FROM AuditEvent e WHERE e.referralId = :referral AND e.actor = :actor"
            + " AND e.action = :action AND e.occurredAt > :since", Long.class)
        .setParameter("referral", referralId)
        .setParameter("actor", caller.getUsername())
        .setParameter("action", AuditAction.BREAK_GLASS)
        .setParameter("since", clock.instant().minus(GLASS_OPEN_FOR))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The caller's scope in the query itself: everything for the secretariat, its own referrals' events for an admin. */
  private <T> TypedQuery<T> query(Search search, Class<T> type, String select, String order) {
    boolean all = caller.may(Permission.READ_AUDIT_LOG);
    if (!all) {
      caller.require(Permission.READ_OWN_AUDIT_LOG);
    }
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (!all) {
      where.append(" AND e.subjectOrg = :own");
    }
    if (search.actor() != null && !search.actor().isBlank()) {
      where.append(" AND e.actor = :actor");
    }
    if (search.action() != null) {
      where.append(" AND e.action = :action");
    }
    if (search.referralId() != null) {
      where.append(" AND e.referralId = :referral");
    }
    if (search.from() != null) {
      where.append(" AND e.occurredAt >= :from");
    }
    if (search.until() != null) {
      where.append(" AND e.occurredAt < :until");
    }
    TypedQuery<T> query = em.createQuery(select + where + order, type);
    if (!all) {
      query.setParameter("own", caller.membership().orElseThrow().organisationId());
    }
    if (search.actor() != null && !search.actor().isBlank()) {
      query.setParameter("actor", search.actor().strip());
    }
    if (search.action() != null) {
      query.setParameter("action", search.action());
    }
    if (search.referralId() != null) {
      query.setParameter("referral", search.referralId());
    }
    if (search.from() != null) {
      query.setParameter("from", search.from());
    }
    if (search.until() != null) {
      query.setParameter("until", search.until());
    }
    return query;
  }
}
