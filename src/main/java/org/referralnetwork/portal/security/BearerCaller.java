package org.referralnetwork.portal.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The partner system behind an API request, once {@link BearerTokens} has checked its token: set
 * by {@link ApiGate} at the start of the request, read by {@link CurrentCaller} before the login
 * session, so that every use case, permission check and audit row works for the API as for pages.
 */
@RequestScoped
public class BearerCaller {

  /** What a checked token says: the API client, its service-account user, memberships and roles. */
  public record Token(String clientId, String subject, String username, List<Membership> memberships, Set<String> roles) {}

  private Token token;

  public void set(Token token) {
    this.token = token;
  }

  public Optional<Token> token() {
    return Optional.ofNullable(token);
  }
}
