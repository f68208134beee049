package org.referralnetwork.portal.platform.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.referralnetwork.portal.security.CurrentCaller;
import org.referralnetwork.portal.security.SignedIn;

/**
 * The language the portal speaks to this user: one of the mechanism's five, Arabic right-to-left.
 * A signed-in user's choice is remembered ({@link LanguagePreferences}) and wins at their next
 * login on any device; without one, the browser's first supported language, else English.
 */
@Named
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> SUPPORTED = List.of("en", "fr", "es", "ar", "ru");

  @Inject private HttpServletRequest request;
  @Inject private CurrentCaller caller;
  @EJB private LanguagePreferences preferences;

  private String code;

  public String getCode() {
    if (code == null) {
      // the browser's language; outside Faces (the error page) from the request itself
      FacesContext faces = FacesContext.getCurrentInstance();
      Iterator<Locale> requested = faces != null ? faces.getExternalContext().getRequestLocales() : request.getLocales().asIterator();
      code = "en";
      while (requested.hasNext()) {
        String language = requested.next().getLanguage();
        if (SUPPORTED.contains(language)) {
          code = language;
          break;
        }
      }
    }
    return code;
  }

  public void setCode(String code) {
    this.code = SUPPORTED.contains(code) ? code : "en";
  }

  /** At login, the language the user chose before, on this or another device, replaces the browser's. */
  void signedIn(@Observes SignedIn event) {
    caller.userId().flatMap(preferences::of).filter(SUPPORTED::contains).ifPresent(remembered -> code = remembered);
  }

  /** Shows the current page again, now in the chosen language, remembered for a signed-in user. */
  public void reload() throws IOException {
    caller.userId().ifPresent(userId -> preferences.remember(userId, getCode()));
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
