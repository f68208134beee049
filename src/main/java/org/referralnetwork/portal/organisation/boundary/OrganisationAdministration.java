package org.referralnetwork.portal.organisation.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.referralnetwork.portal.audit.boundary.AuditLog;
import org.referralnetwork.portal.audit.boundary.AuditRefusals;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.organisation.control.KeycloakOrganisations;
import org.referralnetwork.portal.organisation.entity.Organisation;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.Permission;

/**
 * The secretariat registers partner organisations (in Keycloak, with their attributes and domain,
 * and in the portal), suspends and reactivates them. A suspended organisation is disabled in
 * Keycloak, so its members are refused at their next request ({@code MembershipCheck}); its
 * referrals stay as they are.
 */
@Stateless
@AuditRefusals
public class OrganisationAdministration {

  @Inject private CurrentCaller caller;
  @Inject private KeycloakOrganisations keycloak;
  @EJB private AuditLog audit;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** Every organisation Keycloak has, with the portal's status, by name. */
  public List<OrganisationRow> all() {
    caller.require(Permission.MANAGE_ORGANISATIONS);
    List<OrganisationRow> rows = new ArrayList<>();
    for (KeycloakOrganisations.Held held : held()) {
      Organisation known = em.find(Organisation.class, held.id());
      rows.add(new OrganisationRow(held.id(), held.name(), held.alias(), held.kinds(), held.domain(), held.country(),
          held.contact(), !held.enabled(), known == null ? null : known.getSuspensionReason()));
    }
    rows.sort(Comparator.comparing(OrganisationRow::name, String.CASE_INSENSITIVE_ORDER));
    return rows;
  }

  /** Creates the organisation in Keycloak and in the portal; refused when the name, alias or domain is taken. */
  public String register(NewOrganisation form) {
    caller.require(Permission.MANAGE_ORGANISATIONS);
    KeycloakOrganisations.Registration registration = form.checked();
    String id;
    try {
      id = keycloak.create(registration).orElseThrow(() -> new OnboardingRefusedException("organisations.taken"));
    } catch (IOException unreachable) {
      throw new KeycloakUnavailableException(unreachable);
    }
    em.persist(new Organisation(id, registration.alias(), registration.name(), registration.kinds(), clock.instant()));
    audit.record(AuditAction.ORGANISATION_REGISTERED, "organisation " + id + " " + registration.kinds());
    return id;
  }

  /** Its members are refused from their next request on; its referrals stay. */
  public void suspend(String organisationId, String reason) {
    caller.require(Permission.MANAGE_ORGANISATIONS);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw new OnboardingRefusedException("organisations.invalid.reason");
    }
    Organisation organisation = inPortal(organisationId);
    if (organisation.getKinds().contains(OrganisationKind.SECRETARIAT)) {
      throw new OnboardingRefusedException("organisations.secretariatStays");
    }
    organisation.suspend(why, clock.instant());
    setEnabled(organisationId, false);
    audit.record(AuditAction.ORGANISATION_SUSPENDED, "organisation " + organisationId);
  }

  public void reactivate(String organisationId) {
    caller.require(Permission.MANAGE_ORGANISATIONS);
    inPortal(organisationId).reactivate();
    setEnabled(organisationId, true);
    audit.record(AuditAction.ORGANISATION_REACTIVATED, "organisation " + organisationId);
  }

  /** The portal's row, made from Keycloak's data when no member has signed in yet. */
  private Organisation inPortal(String organisationId) {
    Organisation known = em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
    if (known != null) {
      return known;
    }
    KeycloakOrganisations.Held held;
    try {
      held = keycloak.find(organisationId);
    } catch (IOException unknown) {
      throw new KeycloakUnavailableException(unknown);
    }
    Organisation registered = new Organisation(held.id(), held.alias(), held.name(), held.kinds(), clock.instant());
    em.persist(registered);
    return registered;
  }

  private void setEnabled(String organisationId, boolean enabled) {
    try {
      keycloak.setEnabled(organisationId, enabled);
    } catch (IOException unreachable) {
      throw new KeycloakUnavailableException(unreachable);
    }
  }

  private List<KeycloakOrganisations.Held> held() {
    try {
      return keycloak.all();
    } catch (IOException unreachable) {
      throw new KeycloakUnavailableException(unreachable);
    }
  }
}
