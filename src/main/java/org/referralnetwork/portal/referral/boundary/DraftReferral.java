package org.referralnetwork.portal.referral.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.referralnetwork.portal.referral.entity.Programme;
import org.referralnetwork.portal.referral.entity.RequestLanguage;
import org.referralnetwork.portal.referral.entity.Urgency;

/**
 * What a referrer types to start a draft. The constraints run on the server, in the page (Faces
 * bean validation, with messages in the user's language) and again in {@link ReferralService}.
 */
public class DraftReferral implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull(message = "{draft.programme.required}")
  private Programme programme;

  @NotBlank(message = "{draft.name.required}")
  @Size(min = 2, max = 200, message = "{draft.name.size}")
  private String nameOrAlias;

  @NotBlank(message = "{draft.country.required}")
  @Pattern(regexp = "[A-Z]{2}", message = "{draft.country.required}")
  private String countryCode;

  @NotNull(message = "{draft.urgency.required}")
  private Urgency urgency = Urgency.ROUTINE;

  @NotNull(message = "{draft.language.required}")
  private RequestLanguage language = RequestLanguage.EN;

  public Programme getProgramme() {
    return programme;
  }

  public void setProgramme(Programme programme) {
    this.programme = programme;
  }

  public String getNameOrAlias() {
    return nameOrAlias;
  }

  public void setNameOrAlias(String nameOrAlias) {
    this.nameOrAlias = nameOrAlias;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public void setCountryCode(String countryCode) {
    this.countryCode = countryCode;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  public RequestLanguage getLanguage() {
    return language;
  }

  public void setLanguage(RequestLanguage language) {
    this.language = language;
  }
}
