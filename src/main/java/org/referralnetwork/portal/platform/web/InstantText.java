package org.referralnetwork.portal.platform.web;

import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Shows an instant as UTC date and time to the second (Faces 4.0 has no converter for Instant). */
@FacesConverter("portal.instant")
public class InstantText extends DisplayConverter<Instant> {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Override
  protected String text(Instant value) {
    return FORMAT.format(value);
  }
}
