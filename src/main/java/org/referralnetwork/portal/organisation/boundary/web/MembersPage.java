package org.referralnetwork.portal.organisation.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.referralnetwork.portal.organisation.boundary.OrganisationMembers;
import org.referralnetwork.portal.platform.web.Messages;
import org.referralnetwork.portal.security.KeycloakDirectory;

/** The members page of an organisation's admin. */
@Named("membersPage")
@RequestScoped
public class MembersPage {

  private static final Logger LOG = Logger.getLogger(MembersPage.class.getName());

  @Inject private OrganisationMembers members;
  @Inject private Messages messages;

  private List<KeycloakDirectory.Member> rows;

  public List<KeycloakDirectory.Member> getRows() {
    if (rows == null) {
      try {
        rows = members.ofMyOrganisation();
      } catch (IOException unreachable) {
        LOG.log(Level.WARNING, "could not read the members of an organisation from Keycloak: {0}", unreachable.getMessage());
        messages.error("members.unreachable");
        rows = List.of();
      }
    }
    return rows;
  }
}
