package org.referralnetwork.portal.hosting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.referralnetwork.portal.hosting.control.HostPlaces.Declared;
import org.referralnetwork.portal.hosting.control.HostPlaces.Span;
import org.referralnetwork.portal.hosting.entity.HostCapacity;
import org.referralnetwork.portal.hosting.entity.HostProfile;
import org.referralnetwork.portal.hosting.entity.HostingRequest;
import org.referralnetwork.portal.hosting.entity.Relocation;
import org.referralnetwork.portal.hosting.entity.RelocationState;

/** The hosts, their declared places and the places their relocations take. */
@ApplicationScoped
public class HostDirectory {

  @PersistenceContext EntityManager em;

  public Optional<HostProfile> profile(String organisationId) {
    return Optional.ofNullable(em.find(HostProfile.class, organisationId));
  }

  public List<HostCapacity> capacities(String organisationId) {
    return em.createQuery("SELECT c FROM HostCapacity c WHERE c.organisationId = :host ORDER BY c.periodStart, c.id",
            HostCapacity.class)
        .setParameter("host", organisationId)
        .getResultList();
  }

  /**
   * Locks the host's profile row until the transaction ends, so that two acceptances for the same
   * host are counted one after the other and cannot both take its last place.
   */
  public boolean lock(String organisationId) {
    return !em.createNativeQuery("SELECT organisation_id FROM host_profile WHERE organisation_id = ?1 FOR UPDATE")
        .setParameter(1, organisationId)
        .getResultList()
        .isEmpty();
  }

  /** The host's fewest free places on any day of the span. */
  public int freePlaces(String organisationId, Span wanted) {
    return HostPlaces.freeThroughout(wanted, declared(organisationId), taken(organisationId, wanted));
  }

  /** True when on some day of the span the host's relocations take more places than it declares. */
  public boolean overbooked(String organisationId, Span span) {
    return HostPlaces.balance(span, declared(organisationId), taken(organisationId, span)) < 0;
  }

  private List<Declared> declared(String organisationId) {
    return capacities(organisationId).stream()
        .map(c -> new Declared(new Span(c.getPeriodStart(), c.getPeriodEnd()), c.getPlaces()))
        .toList();
  }

  /** Every host with a profile, with its free places through the wanted period: three queries, whatever the count. */
  public List<HostMatching.Candidate> candidates(HostingRequest request) {
    Span wanted = new Span(request.wantedStart(), request.wantedEnd());
    List<Object[]> profiles = em.createQuery(
            "SELECT p, o.name FROM HostProfile p, Organisation o WHERE o.id = p.organisationId", Object[].class)
        .getResultList();
    Map<String, List<Declared>> declared = em.createQuery(
            "SELECT c FROM HostCapacity c WHERE c.periodStart <= :end AND c.periodEnd >= :start", HostCapacity.class)
        .setParameter("start", wanted.start())
        .setParameter("end", wanted.end())
        .getResultStream()
        .collect(Collectors.groupingBy(HostCapacity::getOrganisationId,
            Collectors.mapping(c -> new Declared(new Span(c.getPeriodStart(), c.getPeriodEnd()), c.getPlaces()),
                Collectors.toList())));
    Map<String, List<Span>> taken = takenQuery(null, wanted).getResultStream()
        .collect(Collectors.groupingBy(r -> r.getHost().getId(),
            Collectors.mapping(r -> new Span(r.getPlannedStart(), r.lastDay()), Collectors.toList())));
    List<HostMatching.Candidate> candidates = new ArrayList<>();
    for (Object[] row : profiles) {
      HostProfile profile = (HostProfile) row[0];
      String id = profile.getOrganisationId();
      int free = HostPlaces.freeThroughout(wanted, declared.getOrDefault(id, List.of()), taken.getOrDefault(id, List.of()));
      candidates.add(new HostMatching.Candidate(id, (String) row[1], profile.offering(), free));
    }
    return candidates;
  }

  private List<Span> taken(String organisationId, Span wanted) {
    return takenQuery(organisationId, wanted).getResultStream()
        .map(r -> new Span(r.getPlannedStart(), r.lastDay()))
        .toList();
  }

  /** The relocations taking a place on some day of the span: of one host, or of all when {@code organisationId} is null. */
  private TypedQuery<Relocation> takenQuery(String organisationId, Span wanted) {
    TypedQuery<Relocation> query = em.createQuery(
            "SELECT r FROM Relocation r WHERE r.state IN :taking AND r.plannedStart <= :end"
                + " AND COALESCE(r.endedOn, r.plannedEnd) >= :start"
                + (organisationId == null ? "" : " AND r.host.id = :host"),
            Relocation.class)
        .setParameter("taking", List.of(RelocationState.PLANNED, RelocationState.ACTIVE))
        .setParameter("start", wanted.start())
        .setParameter("end", wanted.end());
    return organisationId == null ? query : query.setParameter("host", organisationId);
  }
}
