package org.referralnetwork.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a user is still a member of the organisations their login token names, and has a
 * one-time-password authenticator. The token says what was true at login; Keycloak says what is
 * true now. Asked again at most every few seconds
 * per user ({@code portal.membership-check-seconds}), so that someone removed from an
 * organisation, or whose organisation was suspended, loses access at their next request, not at their next login. If Keycloak cannot
 * be asked, the last answer holds for a few minutes, then access is refused.
 */
@ApplicationScoped
public class MembershipCheck {

  private static final Logger LOG = Logger.getLogger(MembershipCheck.class.getName());
  private static final Duration LAST_ANSWER_HOLDS = Duration.ofMinutes(5);

  @Inject KeycloakDirectory directory;

  @Inject
  @ConfigProperty(name = "portal.membership-check-seconds", defaultValue = "5")
  int checkSeconds;

  private final Clock clock = Clock.systemUTC();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  /**
   * What Keycloak says of a user now: their organisations that are enabled, those that are
   * suspended (disabled in Keycloak: their members are refused), and whether they have a second factor.
   */
  public record Standing(List<String> organisations, List<String> suspended, boolean oneTimePassword) {
    static final Standing NONE = new Standing(List.of(), List.of(), false);
  }

  private record Answer(Standing standing, Instant at) {}

  /** The user's standing now (as far as the portal may know). */
  public Standing of(String userId) {
    Instant now = clock.instant();
    Answer last = answers.get(userId);
    if (last != null && last.at().plusSeconds(checkSeconds).isAfter(now)) {
      return last.standing();
    }
    try {
      List<KeycloakDirectory.MemberOf> memberOf = directory.organisationsOf(userId);
      Standing fresh = new Standing(
          memberOf.stream().filter(KeycloakDirectory.MemberOf::enabled).map(KeycloakDirectory.MemberOf::organisationId).toList(),
          memberOf.stream().filter(m -> !m.enabled()).map(KeycloakDirectory.MemberOf::organisationId).toList(),
          directory.hasOneTimePassword(userId));
      answers.put(userId, new Answer(fresh, now));
      return fresh;
    } catch (IOException unreachable) {
      LOG.log(Level.WARNING, "could not check memberships with Keycloak: {0}", unreachable.getMessage());
      if (last != null && last.at().plus(LAST_ANSWER_HOLDS).isAfter(now)) {
        return last.standing();
      }
      return Standing.NONE;
    }
  }
}
