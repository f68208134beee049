package org.referralnetwork.portal.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.referralnetwork.portal.organisation.boundary.OrganisationRegistry;

/**
 * Lets a logged-in caller reach the portal's pages only as a member of exactly one organisation
 * (others get a page that says so; members of a suspended organisation a page that says that) and only with the permission the page needs
 * ({@link PagePermissions}; others get "not found"), and registers or refreshes that organisation
 * once a session. The secretariat's people and organisations' admins also need a one-time-password
 * authenticator set up. Every refusal is an {@link AccessRefused} event, for the audit log.
 */
@WebFilter(filterName = "OrganisationGate", urlPatterns = {"*.xhtml", "/document", "/secretariat/quotas.xlsx"})
public class OrganisationGate extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String NO_ORGANISATION_PAGE = "/WEB-INF/errors/no-organisation.xhtml";
  static final String SUSPENDED_PAGE = "/WEB-INF/errors/organisation-suspended.xhtml";
  static final String SECOND_FACTOR_PAGE = "/WEB-INF/errors/second-factor.xhtml";
  private static final String REGISTERED = OrganisationGate.class.getName() + ".registered";

  @Inject private CurrentCaller caller;
  @EJB private OrganisationRegistry registry;
  @Inject private Event<AccessRefused> refusals;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null || isPublic(request)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Membership> membership = caller.membership();
    if (membership.isEmpty() && caller.isOrganisationSuspended()) {
      refusals.fire(new AccessRefused("page " + request.getServletPath() + ": organisation suspended"));
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      request.getRequestDispatcher(SUSPENDED_PAGE).forward(request, response);
      return;
    }
    if (membership.isEmpty()) {
      refusals.fire(new AccessRefused("page " + request.getServletPath() + ": not a member of exactly one organisation"));
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      request.getRequestDispatcher(NO_ORGANISATION_PAGE).forward(request, response);
      return;
    }
    if (caller.isSecondFactorMissing()) {
      refusals.fire(new AccessRefused("page " + request.getServletPath() + ": no second factor set up"));
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      request.getRequestDispatcher(SECOND_FACTOR_PAGE).forward(request, response);
      return;
    }
    HttpSession session = request.getSession();
    if (!membership.get().equals(session.getAttribute(REGISTERED))) {
      registry.registerOrRefresh(membership.get());
      session.setAttribute(REGISTERED, membership.get());
    }
    boolean allowed = PagePermissions.of(request.getServletPath())
        .map(permissions -> permissions.stream().anyMatch(caller::may))
        .orElse(false);
    if (!allowed) {
      refusals.fire(new AccessRefused("page " + request.getServletPath()));
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Public pages, and the style sheets and scripts every page (the refusal page too) needs. */
  private static boolean isPublic(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.startsWith("/public/") || path.startsWith("/jakarta.faces.resource/");
  }
}
