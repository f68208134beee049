package org.referralnetwork.portal.organisation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.referralnetwork.portal.audit.boundary.AuditRefusals;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.KeycloakDirectory;
import org.referralnetwork.portal.security.Permission;

/** An organisation's admin sees who the members of their own organisation are, as Keycloak has them now. */
@Stateless
@AuditRefusals
public class OrganisationMembers {

  @Inject private CurrentCaller caller;
  @Inject private KeycloakDirectory directory;

  /** The caller's own organisation's members: the organisation id comes from the login, never from the request. */
  public List<KeycloakDirectory.Member> ofMyOrganisation() throws IOException {
    caller.require(Permission.VIEW_MEMBERS);
    return directory.membersOf(caller.membership().orElseThrow().organisationId());
  }
}
