package org.referralnetwork.portal.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language the portal speaks to this user: one of the mechanism's five, Arabic right-to-left. */
@Named
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> SUPPORTED = List.of("en", "fr", "es", "ar", "ru");

  @Inject private HttpServletRequest request;

  private String code;

  public String getCode() {
    if (code == null) {
      // the browser's language; outside Faces (the error page) from the request itself
      FacesContext faces = FacesContext.getCurrentInstance();
      Locale requested = faces != null ? faces.getExternalContext().getRequestLocale() : request.getLocale();
      code = SUPPORTED.contains(requested.getLanguage()) ? requested.getLanguage() : "en";
    }
    return code;
  }

  public void setCode(String code) {
    this.code = SUPPORTED.contains(code) ? code : "en";
  }

  /** Shows the current page again, now in the chosen language. */
  public void reload() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(((HttpServletRequest) external.getRequest()).getRequestURI());
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getCode());
  }

  public String getDirection() {
    return "ar".equals(getCode()) ? "rtl" : "ltr";
  }

  public List<String> getSupported() {
    return SUPPORTED;
  }

  /** Native names, so that everybody can find their own language. */
  public String nameOf(String language) {
    Locale locale = Locale.forLanguageTag(language);
    return locale.getDisplayLanguage(locale);
  }
}
