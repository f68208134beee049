package org.referralnetwork.portal.platform.web;

import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.util.Locale;

/** Shows an instant as date and time to the second in UTC, as the page's language writes them (Faces 4.0 has no converter for Instant). */
@FacesConverter("portal.instant")
public class InstantText extends DisplayConverter<Instant> {

  @Override
  protected String text(Instant value, Locale locale) {
    return LocalFormats.instant(value, locale);
  }
}
