package org.referralnetwork.portal.api.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validators whose messages are in a given language: the partner API answers in the caller's
 * (Accept-Language), and the constraints' own texts (ValidationMessages) would otherwise come in
 * the server's. One per language, kept: validators are thread-safe.
 */
@ApplicationScoped
public class LocalisedValidators {

  @Inject ValidatorFactory validation;

  private final Map<Locale, Validator> byLanguage = new ConcurrentHashMap<>();

  public Validator in(Locale locale) {
    return byLanguage.computeIfAbsent(locale, this::validatorIn);
  }

  private Validator validatorIn(Locale locale) {
    MessageInterpolator messages = validation.getMessageInterpolator();
    return validation.usingContext().messageInterpolator(new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return messages.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return messages.interpolate(template, context, locale);
      }
    }).getValidator();
  }
}
