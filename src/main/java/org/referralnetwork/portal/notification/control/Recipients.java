package org.referralnetwork.portal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
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
 * enabled, each once. Asked for a batch of events at a time: Keycloak answers each question (a
 * role's holders, an organisation's members, the secretariat) once per batch, not once per event.
 */
@ApplicationScoped
public class Recipients {

  @Inject KeycloakDirectory directory;

  /** For the next batch of events; a later batch asks Keycloak afresh. */
  public Batch batch() {
    return new Batch();
  }

  /** Keycloak's answers for one batch of events (a few seconds of work). */
  public final class Batch {

    private final Map<String, Set<String>> holdersByRole = new HashMap<>();
    private final Map<String, List<Member>> membersByOrganisation = new HashMap<>();
    private final Map<String, List<String>> organisationsByKind = new HashMap<>();

    private Batch() {}

    public List<Recipient> of(Event event) throws IOException {
      Map<String, Recipient> byUser = new LinkedHashMap<>();
      for (Audience audience : event.kind().audiences()) {
        Set<String> holders = answer(holdersByRole, audience.role(), directory::holdersOf);
        for (String organisation : organisationsOf(audience, event)) {
          for (Member member : answer(membersByOrganisation, organisation, directory::membersOf)) {
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
        return answer(organisationsByKind, OrganisationKind.SECRETARIAT.name(), directory::organisationsOfKind);
      }
      return event.organisationId() == null ? List.of() : List.of(event.organisationId());
    }
  }

  /** A question to Keycloak. */
  private interface Question<V> {
    V ask(String about) throws IOException;
  }

  /** The batch's answer if Keycloak was asked already, else Keycloak's, kept for the batch. */
  private static <V> V answer(Map<String, V> answers, String about, Question<V> question) throws IOException {
    V answer = answers.get(about);
    if (answer == null) {
      answer = question.ask(about);
      answers.put(about, answer);
    }
    return answer;
  }
}
