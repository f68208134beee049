package org.referralnetwork.portal.hosting.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.referralnetwork.portal.audit.boundary.AuditLog;
import org.referralnetwork.portal.audit.boundary.AuditRefusals;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.hosting.control.HostDirectory;
import org.referralnetwork.portal.hosting.control.HostPlaces.Span;
import org.referralnetwork.portal.hosting.control.HostingNotFoundException;
import org.referralnetwork.portal.hosting.control.HostingRefusedException;
import org.referralnetwork.portal.hosting.entity.HostCapacity;
import org.referralnetwork.portal.hosting.entity.HostProfile;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Permission;

/**
 * A host organisation keeps its own hosting profile and declares its places; only its host
 * coordinators and admins may, and only for their own organisation.
 */
@Stateless
@AuditRefusals
public class HostingProfiles {

  static final int MAX_CITIES = 500;
  static final int MAX_NOTES = 2000;

  @Inject private CurrentCaller caller;
  @EJB private AuditLog audit;
  @Inject private HostDirectory hosts;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** The caller's organisation's offering; empty choices before the first save. */
  public HostProfile.Offering mine() {
    return hosts.profile(hostId()).map(HostProfile::offering)
        .orElse(new HostProfile.Offering(null, java.util.Set.of(), java.util.Set.of(), false, false, null));
  }

  public void save(HostProfile.Offering offering) {
    String hostId = hostId();
    if (offering.cities() != null && offering.cities().length() > MAX_CITIES
        || offering.notes() != null && offering.notes().length() > MAX_NOTES) {
      throw new HostingRefusedException("hosting.tooLong");
    }
    HostProfile profile = hosts.profile(hostId).orElseGet(() -> {
      HostProfile created = new HostProfile(hostId);
      em.persist(created);
      return created;
    });
    profile.describe(new HostProfile.Offering(blankToNull(offering.cities()), offering.provisions(), offering.languages(),
        offering.genderSensitive(), offering.accessible(), blankToNull(offering.notes())), caller.getUsername(),
        clock.instant());
    audit.record(AuditAction.HOSTING_PROFILE_CHANGED, "profile saved");
  }

  public List<HostCapacity> capacities() {
    return hosts.capacities(hostId());
  }

  public void addPlaces(LocalDate start, LocalDate end, Integer places) {
    String hostId = hostId();
    if (hosts.profile(hostId).isEmpty()) {
      throw new HostingRefusedException("hosting.profileFirst");
    }
    if (start == null || end == null || places == null) {
      throw new HostingRefusedException("hosting.placesRequired");
    }
    if (end.isBefore(start)) {
      throw new HostingRefusedException("hosting.periodBackwards");
    }
    if (places < 1 || places > 1000) {
      throw new HostingRefusedException("hosting.placesRange");
    }
    em.persist(new HostCapacity(hostId, start, end, places));
    audit.record(AuditAction.HOSTING_PROFILE_CHANGED, places + " places from " + start + " to " + end);
  }

  /** Takes back a period of places, unless relocations agreed or under way still need them. */
  public void removePlaces(long capacityId) {
    String hostId = hostId();
    hosts.lock(hostId);
    HostCapacity capacity = em.find(HostCapacity.class, capacityId);
    if (capacity == null || !capacity.getOrganisationId().equals(hostId)) {
      throw new HostingNotFoundException("hosting.notFound");
    }
    em.remove(capacity);
    em.flush();
    Span period = new Span(capacity.getPeriodStart(), capacity.getPeriodEnd());
    if (hosts.overbooked(hostId, period)) {
      throw new HostingRefusedException("hosting.placesInUse");
    }
    audit.record(AuditAction.HOSTING_PROFILE_CHANGED, "places from " + period.start() + " to " + period.end() + " removed");
  }

  private String hostId() {
    caller.require(Permission.MANAGE_HOSTING_PROFILE);
    return caller.membership().orElseThrow().organisationId();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
