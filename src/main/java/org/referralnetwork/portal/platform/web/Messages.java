package org.referralnetwork.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Faces messages from the portal's bundle, in the language of the current view. */
@ApplicationScoped
public class Messages {

  public static final String BUNDLE = "org.referralnetwork.portal.i18n.messages";

  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /** A message already in words (e.g. interpolated by Bean Validation). */
  public void errorText(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String text(String key, Object... arguments) {
    return text(locale(), key, arguments);
  }

  /** The bundle's text in a given language, where no view is (e-mails, API answers). */
  public static String text(Locale locale, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  private void add(FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
