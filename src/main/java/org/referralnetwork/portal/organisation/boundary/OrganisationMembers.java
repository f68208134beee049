package org.referralnetwork.portal.organisation.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.referralnetwork.portal.audit.boundary.AuditLog;
import org.referralnetwork.portal.audit.boundary.AuditRefusals;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.organisation.control.KeycloakOrganisations;
import org.referralnetwork.portal.organisation.control.MemberRoles;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.KeycloakDirectory;
import org.referralnetwork.portal.security.OpenIdSettings;
import org.referralnetwork.portal.security.Permission;
import org.referralnetwork.portal.security.Roles;

/**
 * An organisation's members as Keycloak has them now: an organisation's admin sees, invites and
 * removes the members of their own organisation and sets their roles (the organisation id comes
 * from the login, never from the request); the secretariat does the same for any organisation.
 * A person is a member of one organisation at most: an invitation of someone who belongs to
 * another is refused.
 */
@Stateless
@AuditRefusals
public class OrganisationMembers {

  @Inject private CurrentCaller caller;
  @Inject private KeycloakDirectory directory;
  @Inject private KeycloakOrganisations keycloak;
  @Inject private OpenIdSettings oidc;
  @EJB private AuditLog audit;
  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
  String portalUrl;

  /** The members of the organisation: the caller's own when none is named (or when not the secretariat). */
  public List<MemberRow> of(String organisationId) {
    caller.require(Permission.VIEW_MEMBERS);
    String target = target(organisationId);
    try {
      boolean suspended = !keycloak.find(target).enabled();
      List<MemberRow> rows = new ArrayList<>();
      for (KeycloakDirectory.Member member : directory.membersOf(target)) {
        if (member.username().startsWith("service-account-")) {
          continue; // a partner system's API client, not a person
        }
        Set<String> roles = new TreeSet<>(keycloak.realmRolesOf(member.id()));
        roles.retainAll(Roles.ALL);
        rows.add(new MemberRow(member.id(), member.username(), (member.firstName() + " " + member.lastName()).strip(),
            member.email(), roles, lastSignIn(member.username()), status(member, suspended)));
      }
      return rows;
    } catch (IOException unreachable) {
      throw new KeycloakUnavailableException(unreachable);
    }
  }

  /** The roles a member of the organisation may be given (host-coordinator only for hosts). */
  public List<String> rolesFor(String organisationId) {
    caller.require(Permission.VIEW_MEMBERS);
    return MemberRoles.allowedFor(held(target(organisationId)).kinds());
  }

  /**
   * Invites a person: a new one gets Keycloak's e-mail to set a password (and a one-time-password
   * app for the roles that need it) and is a member with the role at once; someone Keycloak already
   * knows, and who belongs to no organisation, gets Keycloak's organisation invitation. Someone
   * invited before who has not set their password yet gets the same e-mail again.
   */
  public void invite(String organisationId, Invitation invitation) {
    caller.require(Permission.MANAGE_MEMBERS);
    String target = target(organisationId);
    Invitation checked = invitation.checked();
    Set<String> roles = Set.of(checkedRole(checked.role(), held(target).kinds()));
    try {
      var known = keycloak.userWithEmail(checked.email());
      List<String> pending = known.isPresent() ? keycloak.pendingActions(known.get()) : List.of();
      if (known.isPresent() && !pending.isEmpty() && isMemberOf(known.get(), target)) {
        // invited before and not yet taken up (the e-mail lost, or its link expired): the same e-mail again
        keycloak.sendInvitation(known.get(), pending, oidc.getClientId(), portalUrl);
      } else if (known.isPresent()) {
        refuseIfMemberAnywhere(known.get(), target);
        keycloak.grant(known.get(), roles);
        keycloak.inviteExistingUser(target, known.get());
      } else {
        List<String> actions = MemberRoles.firstSteps(roles);
        String userId = keycloak.createInvitedUser(checked.email(), checked.firstName(), checked.lastName(), actions);
        keycloak.addMember(target, userId);
        keycloak.grant(userId, roles);
        keycloak.sendInvitation(userId, actions, oidc.getClientId(), portalUrl);
      }
    } catch (IOException unreachable) {
      throw new KeycloakUnavailableException(unreachable);
    }
    audit.record(AuditAction.MEMBER_INVITED, "organisation " + target + ", role " + checked.role());
  }

  /** Takes the member out of the organisation and takes their portal roles: refused at their next request. */
  public void remove(String organisationId, String userId) {
    caller.require(Permission.MANAGE_MEMBERS);
    String target = target(organisationId);
    refuseIfNotMemberOrSelf(target, userId);
    try {
      keycloak.removeMember(target, userId);
      Set<String> held = new HashSet<>(keycloak.realmRolesOf(userId));
      held.retainAll(Roles.ALL);
      keycloak.revoke(userId, held);
    } catch (IOException unreachable) {
      throw new KeycloakUnavailableException(unreachable);
    }
    audit.record(AuditAction.MEMBER_REMOVED, "organisation " + target);
  }

  /** Gives the member exactly these portal roles, among those the organisation's kinds allow. */
  public void setRoles(String organisationId, String userId, Set<String> roles) {
    caller.require(Permission.MANAGE_MEMBERS);
    String target = target(organisationId);
    if (roles == null || roles.isEmpty()) {
      throw new OnboardingRefusedException("members.invalid.role");
    }
    Set<String> wanted = new TreeSet<>();
    var kinds = held(target).kinds();
    roles.forEach(role -> wanted.add(checkedRole(role, kinds)));
    refuseIfNotMemberOrSelf(target, userId);
    try {
      Set<String> held = new HashSet<>(keycloak.realmRolesOf(userId));
      held.retainAll(Roles.ALL);
      Set<String> added = new HashSet<>(wanted);
      added.removeAll(held);
      Set<String> taken = new HashSet<>(held);
      taken.removeAll(wanted);
      keycloak.grant(userId, added);
      keycloak.revoke(userId, taken);
    } catch (IOException unreachable) {
      throw new KeycloakUnavailableException(unreachable);
    }
    audit.record(AuditAction.MEMBER_ROLES_CHANGED, "organisation " + target + ", roles " + wanted);
  }

  /** The caller's own organisation; another one only for the secretariat, refused (and audited) otherwise. */
  private String target(String requested) {
    String own = caller.membership().orElseThrow().organisationId();
    if (requested == null || requested.isBlank() || requested.equals(own)) {
      return own;
    }
    if (caller.isSecretariat() && caller.may(Permission.MANAGE_MEMBERS)) {
      return requested;
    }
    throw new NotYourOrganisationException();
  }

  private boolean isMemberOf(String userId, String organisationId) throws IOException {
    return directory.organisationsOf(userId).stream().anyMatch(m -> m.organisationId().equals(organisationId));
  }

  private void refuseIfMemberAnywhere(String userId, String target) throws IOException {
    if (isMemberOf(userId, target)) {
      throw new OnboardingRefusedException("members.alreadyMember");
    }
    if (!directory.organisationsOf(userId).isEmpty()) {
      audit.refused("invitation of a member of another organisation", null);
      throw new OnboardingRefusedException("members.memberElsewhere");
    }
  }

  private void refuseIfNotMemberOrSelf(String target, String userId) {
    if (caller.userId().map(userId::equals).orElse(false)) {
      throw new OnboardingRefusedException("members.notYourself");
    }
    try {
      if (!isMemberOf(userId, target)) {
        throw new NotYourOrganisationException();
      }
    } catch (IOException unreachable) {
      throw new KeycloakUnavailableException(unreachable);
    }
  }

  private static String checkedRole(String role, Set<OrganisationKind> kinds) {
    if (!MemberRoles.isAllowed(role, kinds)) {
      throw new OnboardingRefusedException("members.invalid.role");
    }
    return role;
  }

  private KeycloakOrganisations.Held held(String organisationId) {
    try {
      return keycloak.find(organisationId);
    } catch (IOException unreachable) {
      throw new KeycloakUnavailableException(unreachable);
    }
  }

  /** The member's last sign-in to the portal, from the portal's own audit log. */
  private Instant lastSignIn(String username) {
    // the newest row, not MAX(): an aggregate would skip the column's Instant converter
    return em.createQuery("SELECT e.occurredAt FROM AuditEvent e WHERE e.actor = :actor AND e.action = :login"
            + " ORDER BY e.occurredAt DESC", Instant.class)
        .setParameter("actor", username)
        .setParameter("login", AuditAction.LOGIN)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static MemberStatus status(KeycloakDirectory.Member member, boolean organisationSuspended) {
    if (organisationSuspended) {
      return MemberStatus.SUSPENDED;
    }
    if (!member.enabled()) {
      return MemberStatus.DISABLED;
    }
    return member.invited() ? MemberStatus.INVITED : MemberStatus.ACTIVE;
  }
}
