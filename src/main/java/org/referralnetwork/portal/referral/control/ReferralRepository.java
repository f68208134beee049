package org.referralnetwork.portal.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.referralnetwork.portal.organisation.entity.OrganisationScope;
import org.referralnetwork.portal.protection.control.DataKeys;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.ReferralStatus;

/**
 * Referrals as stored. Every read takes the caller's {@link OrganisationScope}, and the scope is
 * part of the query itself, so another organisation's rows never leave the database. The
 * secretariat's scope is every organisation's referrals once submitted: drafts stay their own.
 */
@ApplicationScoped
public class ReferralRepository {

  /**
   * Referrals with what rows show and every use of one referral reads: the defender and the
   * organisation joined; the rest (measures, the organisation's kinds) is lazy, read when used.
   * Fetched by the statement itself, not by query hints: a hint makes EclipseLink prepare the
   * statement again at each use (JFR: 43 % of a referral's read), the JPQL text is prepared once.
   */
  private static final String FROM =
      " FROM Referral r JOIN FETCH r.defender d JOIN FETCH r.organisation o";

  @PersistenceContext private EntityManager em;
  @Inject private DefenderIdentities identities;
  @Inject private DataKeys dataKeys;
  private final LargeCounts largeCounts = new LargeCounts();

  public List<Referral> page(
      OrganisationScope scope, int first, int size, ReferralSort sort, boolean ascending) {
    return page(scope, new ReferralFilter(), first, size, sort, ascending);
  }

  public List<Referral> page(
      OrganisationScope scope, ReferralFilter filter, int first, int size, ReferralSort sort, boolean ascending) {
    Query query = Query.of(scope, filter, identities);
    String from = query.from() + (sort == ReferralSort.ORGANISATION ? " JOIN r.organisation o" : "");
    return rowsOf(query.bind(em.createQuery("SELECT r.id" + from + query.where + sort.orderBy(ascending), Long.class)),
        first, size);
  }

  /**
   * A page in two statements, whatever its size: first its ids, from the referral table alone
   * (read from an index in the page's order), then those referrals with their defender and
   * organisation joined. Asked at once, MariaDB may start from the small organisation table and
   * sort every matching referral for each page: 80-300 ms with 100,000 referrals instead of 1 ms,
   * depending on its statistics and the indexes there are (see the benchmark).
   */
  private List<Referral> rowsOf(TypedQuery<Long> pageIds, int first, int size) {
    List<Long> ids = pageIds.setFirstResult(first).setMaxResults(size).getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Referral> byId = new HashMap<>();
    em.createQuery("SELECT r" + FROM + " WHERE r.id IN :ids", Referral.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(referral -> byId.put(referral.getId(), referral));
    // in the page's order (one removed between the two statements is left out)
    return preloadKeys(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
  }

  /** The names of a page are opened with one query for all their data keys. */
  private List<Referral> preloadKeys(List<Referral> page) {
    dataKeys.preload(page.stream().map(Referral::getDataKeyId).toList());
    return page;
  }

  public long count(OrganisationScope scope) {
    return count(scope, new ReferralFilter());
  }

  /**
   * Counted on the referral table alone (and the defender's only to search by name), without the
   * page's joins; a long list's count is shared for a while ({@link LargeCounts}).
   */
  public long count(OrganisationScope scope, ReferralFilter filter) {
    Query query = Query.of(scope, filter, identities);
    return largeCounts.count(query.where + new TreeMap<>(query.parameters),
        () -> query.bind(em.createQuery("SELECT COUNT(r)" + query.from() + query.where, Long.class)).getSingleResult());
  }

  /** The WHERE clause of a scoped, filtered list, with its parameters: the scope always first. */
  private static final class Query {
    private final String where;
    private final Map<String, Object> parameters;
    /** True when the condition reads the defender's name index. */
    private final boolean byName;

    private Query(String where, Map<String, Object> parameters, boolean byName) {
      this.where = where;
      this.parameters = parameters;
      this.byName = byName;
    }

    /** The referral table alone, and the defender's only when the condition reads its name index. */
    String from() {
      return " FROM Referral r" + (byName ? " JOIN r.defender d" : "");
    }

    static Query of(OrganisationScope scope, ReferralFilter filter, DefenderIdentities identities) {
      List<String> conditions = new ArrayList<>();
      Map<String, Object> parameters = new HashMap<>();
      if (!scope.isAll()) {
        conditions.add("r.organisationId = :organisationId");
        parameters.put("organisationId", scope.organisationId());
      } else {
        // a draft is its organisation's own until it is submitted, even for the secretariat
        conditions.add("r.status <> :draft");
        parameters.put("draft", ReferralStatus.DRAFT);
      }
      if (filter.getProgramme() != null) {
        conditions.add("r.programme = :programme");
        parameters.put("programme", filter.getProgramme());
      }
      if (filter.getStatus() != null) {
        conditions.add("r.status = :status");
        parameters.put("status", filter.getStatus());
      }
      if (filter.getStatusIn() != null && !filter.getStatusIn().isEmpty()) {
        conditions.add("r.status IN :statusIn");
        parameters.put("statusIn", List.copyOf(filter.getStatusIn()));
      }
      if (filter.getDecidedSince() != null) {
        conditions.add("r.decidedAt >= :decidedSince AND r.status <> :withdrawn");
        parameters.put("decidedSince", filter.getDecidedSince());
        parameters.put("withdrawn", ReferralStatus.WITHDRAWN);
      }
      if (filter.getUrgency() != null) {
        conditions.add("r.urgency = :urgency");
        parameters.put("urgency", filter.getUrgency());
      }
      if (filter.getFrom() != null) {
        conditions.add("r.createdAt >= :from");
        parameters.put("from", filter.getFrom().atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      if (filter.getTo() != null) {
        conditions.add("r.createdAt < :to");
        parameters.put("to", filter.getTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      String text = filter.getText() == null ? "" : filter.getText().strip();
      if (!text.isEmpty()) {
        // names are sealed: a search compares the keyed hashes of whole words, every word must match
        List<String> words = identities.wordHashes(text);
        List<String> byWord = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
          byWord.add("d.nameIndex LIKE :word" + i);
          parameters.put("word" + i, "% " + words.get(i) + " %");
        }
        String byName = byWord.isEmpty() ? "1 = 0" : "(" + String.join(" AND ", byWord) + ")";
        Long reference = referenceIn(text);
        conditions.add(reference == null ? byName : "(" + byName + " OR r.id = :reference)");
        if (reference != null) {
          parameters.put("reference", reference);
        }
      }
      return new Query(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters, !text.isEmpty());
    }

    /** "R-000012" or "12" as a referral id, for searching by reference. */
    private static Long referenceIn(String text) {
      String digits = text.toUpperCase(Locale.ROOT).startsWith("R-") ? text.substring(2) : text;
      return digits.matches("\\d{1,12}") ? Long.valueOf(digits) : null;
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      parameters.forEach(query::setParameter);
      return query;
    }
  }

  /**
   * One referral, if the scope may see it, with its measures: every use of one referral shows or
   * checks them, and read with it they cost no round trip of their own (a row per measure).
   */
  public Optional<Referral> find(OrganisationScope scope, long id) {
    return bind(
            em.createQuery("SELECT r" + FROM + " LEFT JOIN FETCH r.measures WHERE r.id = :id"
                + (scope.isAll() ? " AND r.status <> :draft" : " AND o.id = :organisationId"), Referral.class)
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

  /**
   * The secretariat's review queue: undecided referrals, urgent first, then oldest. Read in the
   * order of the index on the database's review rank (V16), without sorting the whole queue.
   */
  public List<Referral> reviewQueue(int first, int size) {
    return rowsOf(em.createQuery(
            "SELECT r.id FROM Referral r WHERE r.reviewRank IS NOT NULL ORDER BY r.reviewRank, r.submittedAt, r.id",
            Long.class),
        first, size);
  }

  public long reviewQueueSize() {
    return largeCounts.count("review queue",
        () -> em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.reviewRank IS NOT NULL", Long.class).getSingleResult());
  }

  public void add(Referral referral) {
    em.persist(referral);
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, OrganisationScope scope) {
    return scope.isAll() ? query.setParameter("draft", ReferralStatus.DRAFT) : query.setParameter("organisationId", scope.organisationId());
  }
}
