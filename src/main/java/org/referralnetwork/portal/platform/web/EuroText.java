package org.referralnetwork.portal.platform.web;

import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.Locale;

/** Shows an amount in euros as the page's language writes it: "€1,234.50", "1 234,50 €". */
@FacesConverter("portal.euros")
public class EuroText extends DisplayConverter<BigDecimal> {

  @Override
  protected String text(BigDecimal value, Locale locale) {
    return LocalFormats.euros(value, locale);
  }
}
