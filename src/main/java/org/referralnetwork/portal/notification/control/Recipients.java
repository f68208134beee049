package org.referralnetwork.portal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.referralnetwork.portal.notification.control.NotificationStore.Event;
import org.referralnetwork.portal.notification.control.NotificationStore.Recipient;
import org.referralnetwork.portal.notification.entity.NoticeKind.Audience;
import org.referralnetwork.portal.organisation.entity.OrganisationKind;
import org.referralnetwork.portal.platform.KeptAnswers;
import org.referralnetwork.portal.security.KeycloakDirectory;
import org.referralnetwork.portal.security.KeycloakDirectory.Member;

/**
 * Who hears of an event, asked from Keycloak when it is sent rather than when it happened: the
 * members of the organisation concerned (or of the secretariat) who hold the audience's role now,
 * enabled, each once. Keycloak's answers (a role's holders, an organisation's members, the
 * secretariat) are kept for {@link #KEPT} and shared by every sending run: in a burst of
 * submissions each run, several a second, asked them again (see the benchmark's figures of
 * 2026-12-07, morning). So a person who joins, leaves, gets or loses a role, or is
 * disabled, is notified as before for up to half a minute; a notice names a referral's reference
 * and what happened, nothing personal, and the referral itself is checked when it is opened.
 */
@ApplicationScoped
public class Recipients {

  static final Duration KEPT = Duration.ofSeconds(30);
  private static final int MAX_QUESTIONS = 1_000;

  @Inject KeycloakDirectory directory;

  private final KeptAnswers<Set<String>> holdersByRole = new KeptAnswers<>(KEPT, MAX_QUESTIONS);
  private final KeptAnswers<List<Member>> membersByOrganisation = new KeptAnswers<>(KEPT, MAX_QUESTIONS);
  private final KeptAnswers<List<String>> organisationsByKind = new KeptAnswers<>(KEPT, MAX_QUESTIONS);

  public List<Recipient> of(Event event) throws IOException {
    Map<String, Recipient> byUser = new LinkedHashMap<>();
    for (Audience audience : event.kind().audiences()) {
      Set<String> holders = holdersByRole.answer(audience.role(), () -> directory.holdersOf(audience.role()));
      for (String organisation : organisationsOf(audience, event)) {
        for (Member member : membersByOrganisation.answer(organisation, () -> directory.membersOf(organisation))) {
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
      String secretariat = OrganisationKind.SECRETARIAT.name();
      return organisationsByKind.answer(secretariat, () -> directory.organisationsOfKind(secretariat));
    }
    return event.organisationId() == null ? List.of() : List.of(event.organisationId());
  }
}
