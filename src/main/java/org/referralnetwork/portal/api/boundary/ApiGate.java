package org.referralnetwork.portal.api.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.referralnetwork.portal.api.control.Problem;
import org.referralnetwork.portal.api.control.ProblemTexts;
import org.referralnetwork.portal.complaint.control.RateLimiter;
import org.referralnetwork.portal.organisation.boundary.OrganisationRegistry;
import org.referralnetwork.portal.security.AccessRefused;
import org.referralnetwork.portal.security.BearerCaller;
import org.referralnetwork.portal.security.BearerTokens;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.InvalidTokenException;
import org.referralnetwork.portal.security.Membership;

/**
 * The partner API's door, instead of the browser login: a request needs an access token of an API
 * client ({@link BearerTokens}; 401 otherwise), stays within its client's request budget
 * ({@code portal.api.requests-per-minute}; 429 with Retry-After otherwise) and its client must be
 * a member of exactly one organisation (403 otherwise). Then the caller is established for the
 * request, and every use case sees it as it sees a logged-in person.
 */
@WebFilter(filterName = "ApiGate", urlPatterns = "/api/*")
public class ApiGate extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private BearerTokens tokens;
  @Inject private BearerCaller bearer;
  @Inject private CurrentCaller caller;
  @EJB private OrganisationRegistry registry;
  @Inject private Event<AccessRefused> refusals;

  @Inject
  @ConfigProperty(name = "portal.api.requests-per-minute", defaultValue = "120")
  int requestsPerMinute;

  private transient RateLimiter budget;
  private transient Jsonb jsonb;
  private final Map<String, Membership> registered = new ConcurrentHashMap<>();

  @PostConstruct
  void start() {
    budget = new RateLimiter(requestsPerMinute, Duration.ofMinutes(1), Clock.systemUTC());
    jsonb = JsonbBuilder.create();
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    BearerCaller.Token token;
    try {
      token = tokens.check(request.getHeader("Authorization"));
    } catch (InvalidTokenException refused) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"referral-network\"");
      problem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "api.problem.unauthorized");
      return;
    }
    Optional<Instant> wait = budget.tryAcquire(token.clientId());
    if (wait.isPresent()) {
      long seconds = Math.max(1, Duration.between(Instant.now(), wait.get()).toSeconds() + 1);
      response.setHeader("Retry-After", Long.toString(seconds));
      problem(request, response, 429, "too-many-requests", "api.problem.tooManyRequests", seconds);
      return;
    }
    bearer.set(token);
    Optional<Membership> membership = caller.membership();
    if (membership.isEmpty()) {
      refusals.fire(new AccessRefused("api " + request.getMethod() + " " + request.getPathInfo()
          + ": not a member of exactly one organisation"));
      problem(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "api.problem.noOrganisation");
      return;
    }
    if (!membership.get().equals(registered.get(token.clientId()))) {
      registry.registerOrRefresh(membership.get());
      registered.put(token.clientId(), membership.get());
    }
    chain.doFilter(request, response);
  }

  private void problem(HttpServletRequest request, HttpServletResponse response, int status, String name, String key,
      Object... arguments) throws IOException {
    Problem problem = ProblemTexts.problem(ProblemTexts.locale(Collections.list(request.getLocales())), status, name, key,
        arguments);
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(jsonb.toJson(problem));
  }
}
