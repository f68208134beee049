package org.referralnetwork.portal.platform.web;

import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.util.Locale;

/** Shows a day as the page's language writes it (forms still take YYYY-MM-DD). */
@FacesConverter("portal.date")
public class DateText extends DisplayConverter<LocalDate> {

  @Override
  protected String text(LocalDate value, Locale locale) {
    return LocalFormats.date(value, locale);
  }
}
