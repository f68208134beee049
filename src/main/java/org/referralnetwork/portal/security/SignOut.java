package org.referralnetwork.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Ends the portal session and the Keycloak session, then shows the public signed-out page. */
@Named
@RequestScoped
public class SignOut {

  static final String SIGNED_OUT_PAGE = "/public/signed-out.xhtml";

  @Inject private OpenIdContext openIdContext;

  public void signOut() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String endSession = openIdContext.getProviderMetadata().getString("end_session_endpoint", null);
    String idToken = openIdContext.getIdentityToken().getToken();
    String signedOut = baseUrl(request) + SIGNED_OUT_PAGE;
    // Invalidating the session drops the OpenID context with it, so the next request needs a new
    // login. (HttpServletRequest.logout() is not used: the OpenID mechanism commits the response.)
    external.invalidateSession();
    external.redirect(
        endSession == null
            ? signedOut
            : endSession
                + "?id_token_hint=" + encode(idToken)
                + "&post_logout_redirect_uri=" + encode(signedOut));
    faces.responseComplete();
  }

  private static String baseUrl(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
