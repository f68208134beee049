package org.referralnetwork.portal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.referralnetwork.portal.notification.control.NotificationStore.Event;
import org.referralnetwork.portal.notification.control.NotificationStore.Recipient;
import org.referralnetwork.portal.notification.entity.NoticeKind.Audience;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.security.KeycloakDirectory;
import org.referralnetwork.portal.security.KeycloakDirectory.Member;

/**
 * Who hears of an event, asked from Keycloak when it is sent rather than when it happened: the
 * members of the organisation concerned (or of the secretariat) who hold the audience's role now,
 * enabled, each once.
 */
@ApplicationScoped
public class Recipients {

  @Inject KeycloakDirectory directory;

  public List<Recipient> of(Event event) throws IOException {
    Map<String, Recipient> byUser = new LinkedHashMap<>();
    for (Audience audience : event.kind().audiences()) {
      Set<String> holders = directory.holdersOf(audience.role());
      for (String organisation : organisationsOf(audience, event)) {
        for (Member member : directory.membersOf(organisation)) {
          if (member.enabled() && holders.contains(member.id())) {
            byUser.putIfAbsent(member.id(), new Recipient(member.id(), member.email()));
          }
        }
      }
    }
    return new ArrayList<>(byUser.values());
  }

  /** The secretariat as Keycloak knows it: the portal's table knows an organisation only once a member signed in. */
  private List<String> organisationsOf(Audience audience, Event event) throws IOException {
    if (audience.inSecretariat()) {
      return directory.organisationsOfKind(OrganisationKind.SECRETARIAT.name());
    }
    return event.organisationId() == null ? List.of() : List.of(event.organisationId());
  }
}
