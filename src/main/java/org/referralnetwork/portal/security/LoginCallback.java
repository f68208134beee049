package org.referralnetwork.portal.security;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after login. The OpenID mechanism has already taken the
 * code and set up the session when this runs; it only moves on to the home page, so that the code
 * and state never stay in the address bar or the browser history.
 */
@WebServlet("/callback")
public class LoginCallback extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private Event<SignedIn> signedIn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    signedIn.fire(new SignedIn(request.getRemoteUser()));
    response.sendRedirect(request.getContextPath() + "/");
  }
}
