package org.referralnetwork.portal.platform.web;

import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import java.util.Locale;

/** Shows a date and time the portal keeps in UTC, to the minute, as the page's language writes them. */
@FacesConverter("portal.dateTime")
public class DateTimeText extends DisplayConverter<LocalDateTime> {

  @Override
  protected String text(LocalDateTime value, Locale locale) {
    return LocalFormats.dateTime(value, locale);
  }
}
