package org.referralnetwork.portal.referral.boundary.web;

import jakarta.faces.convert.FacesConverter;
import java.util.Locale;
import org.referralnetwork.portal.platform.web.DisplayConverter;
import org.referralnetwork.portal.referral.entity.Referral;

/** Shows a referral id as the reference people quote (R-000123). */
@FacesConverter("portal.reference")
public class ReferenceText extends DisplayConverter<Long> {

  @Override
  protected String text(Long value, Locale locale) {
    return Referral.reference(value);
  }
}
