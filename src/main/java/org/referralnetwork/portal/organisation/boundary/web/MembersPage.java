package org.referralnetwork.portal.organisation.boundary.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.referralnetwork.portal.organisation.boundary.Invitation;
import org.referralnetwork.portal.organisation.boundary.KeycloakUnavailableException;
import org.referralnetwork.portal.organisation.boundary.MemberRow;
import org.referralnetwork.portal.organisation.boundary.NotYourOrganisationException;
import org.referralnetwork.portal.organisation.boundary.OnboardingRefusedException;
import org.referralnetwork.portal.organisation.boundary.OrganisationMembers;
import org.referralnetwork.portal.platform.web.Messages;

/**
 * The members page: an organisation's admin sees, invites and removes their own organisation's
 * members and sets their roles; the secretariat opens it for any organisation
 * ({@code ?organisation=<id>}, checked again by {@link OrganisationMembers}).
 */
@Named("membersPage")
@ViewScoped
public class MembersPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(MembersPage.class.getName());

  @EJB private OrganisationMembers members;
  @Inject private Messages messages;

  private String organisation;
  private List<MemberRow> rows;
  private List<String> roles;
  private String email;
  private String firstName;
  private String lastName;
  private String role;
  private String memberId;
  private List<String> memberRoles;

  public List<MemberRow> getRows() {
    if (rows == null) {
      load();
    }
    return rows;
  }

  /** Reads the list before the page renders, so that a refusal's message shows on it. */
  public void load() {
    rows = List.of();
    roles = List.of();
    try {
      rows = members.of(organisation);
      roles = members.rolesFor(organisation);
    } catch (KeycloakUnavailableException unreachable) {
      LOG.log(Level.WARNING, "could not read the members of an organisation from Keycloak: {0}", unreachable.getMessage());
      messages.error("members.unreachable");
    } catch (NotYourOrganisationException refused) {
      messages.error("members.notYours");
    }
  }

  /** The roles the organisation's members may hold. */
  public List<String> getRoles() {
    getRows();
    return roles;
  }

  public void invite() {
    run(() -> {
      members.invite(organisation, new Invitation(email, firstName, lastName, role));
      messages.info("members.invited");
      email = null;
      firstName = null;
      lastName = null;
    });
  }

  public void remove() {
    run(() -> {
      members.remove(organisation, requireMember());
      messages.info("members.removed");
    });
  }

  public void saveRoles() {
    run(() -> {
      members.setRoles(organisation, requireMember(), memberRoles == null ? Set.of() : Set.copyOf(memberRoles));
      messages.info("members.rolesSaved");
    });
  }

  private String requireMember() {
    if (memberId == null || memberId.isBlank()) {
      throw new OnboardingRefusedException("members.choose");
    }
    return memberId;
  }

  private void run(Runnable step) {
    try {
      step.run();
    } catch (OnboardingRefusedException refused) {
      messages.error(refused.messageKey());
    } catch (NotYourOrganisationException refused) {
      messages.error("members.notYours");
    } catch (KeycloakUnavailableException unreachable) {
      LOG.log(Level.WARNING, "Keycloak refused or missed a change of members: {0}", unreachable.getMessage());
      messages.error("members.unreachable");
    }
    rows = null;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getMemberId() {
    return memberId;
  }

  public void setMemberId(String memberId) {
    this.memberId = memberId;
  }

  public List<String> getMemberRoles() {
    return memberRoles;
  }

  public void setMemberRoles(List<String> memberRoles) {
    this.memberRoles = memberRoles;
  }
}
