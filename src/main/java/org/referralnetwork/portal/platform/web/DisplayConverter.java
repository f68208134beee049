package org.referralnetwork.portal.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.util.Locale;

/** A converter for values pages show but never take back from a form. */
public abstract class DisplayConverter<T> implements Converter<T> {

  @Override
  public final T getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("shown, not entered");
  }

  @Override
  public final String getAsString(FacesContext context, UIComponent component, T value) {
    return value == null ? "" : text(value, context.getViewRoot().getLocale());
  }

  /** The value in words and figures of the page's language. */
  protected abstract String text(T value, Locale locale);
}
