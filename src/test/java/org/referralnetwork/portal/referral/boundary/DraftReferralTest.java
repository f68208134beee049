package org.referralnetwork.portal.referral.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.referral.entity.Programme;

class DraftReferralTest {

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  private static DraftReferral complete() {
    DraftReferral draft = new DraftReferral();
    draft.setProgramme(Programme.EMERGENCY_GRANT);
    draft.setNameOrAlias("Lina K.");
    draft.setCountryCode("SY");
    return draft;
  }

  private Set<String> invalidFields(DraftReferral draft) {
    return validator.validate(draft).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  void aCompleteDraftIsValid() {
    assertTrue(invalidFields(complete()).isEmpty());
  }

  @Test
  void nameCountryAndProgrammeAreRequired() {
    DraftReferral draft = new DraftReferral();
    draft.setNameOrAlias("   ");
    assertEquals(Set.of("programme", "nameOrAlias", "countryCode"), invalidFields(draft));
  }

  @Test
  void aCountryIsAnIsoCode() {
    DraftReferral draft = complete();
    draft.setCountryCode("Syria");
    assertEquals(Set.of("countryCode"), invalidFields(draft));
  }

  @Test
  void aNameOfArabicOrCyrillicLettersIsValid() {
    DraftReferral draft = complete();
    draft.setNameOrAlias("ليلى خالد");
    assertTrue(invalidFields(draft).isEmpty());
    draft.setNameOrAlias("Анна Петрова");
    assertTrue(invalidFields(draft).isEmpty());
  }
}
