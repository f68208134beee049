package org.referralnetwork.portal.api.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.referralnetwork.portal.api.control.ApiProblemException;
import org.referralnetwork.portal.api.control.Problem;
import org.referralnetwork.portal.api.control.ProblemTexts;
import org.referralnetwork.portal.referral.boundary.InvalidDraftException;
import org.referralnetwork.portal.referral.boundary.ProgrammeNotOpenToOrganisationException;
import org.referralnetwork.portal.referral.boundary.ReferralChangedMeanwhileException;
import org.referralnetwork.portal.referral.boundary.ReferralNotFoundException;
import org.referralnetwork.portal.referral.control.OpenRequestExistsException;
import org.referralnetwork.portal.referral.control.ProgrammeRules.RuleViolation;
import org.referralnetwork.portal.referral.control.ProgrammeRulesBrokenException;
import org.referralnetwork.portal.referral.entity.Referral;
import org.referralnetwork.portal.referral.entity.TransitionNotAllowedException;
import org.referralnetwork.portal.security.NotAllowedException;
import org.referralnetwork.portal.security.NotAMemberOfOneOrganisationException;

/**
 * Every failure of the partner API as a problem document (RFC 9457) in the caller's language:
 * malformed JSON and wrong types 400, refusals 403, another organisation's referral 404 (as on the
 * pages: it does not exist for them), conflicts 409, broken rules 422, the rest 500 without details.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable thrown) {
    Locale locale = ProblemTexts.locale(headers == null ? java.util.List.of() : headers.getAcceptableLanguages());
    Problem problem = problemOf(thrown, locale);
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private Problem problemOf(Throwable thrown, Locale locale) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ApiProblemException problem) {
        return ProblemTexts.problem(locale, problem.status(), problem.name(),
            ProblemTexts.text(locale, problem.detailKey()), problem.errors());
      }
      if (cause instanceof ReferralNotFoundException) {
        return ProblemTexts.problem(locale, 404, "not-found", "api.problem.notFound");
      }
      if (cause instanceof NotAllowedException || cause instanceof NotAMemberOfOneOrganisationException) {
        return ProblemTexts.problem(locale, 403, "forbidden", "api.problem.forbidden");
      }
      if (cause instanceof ProgrammeNotOpenToOrganisationException) {
        return ProblemTexts.problem(locale, 422, "programme-not-open", ProblemTexts.text(locale, "api.problem.invalid"),
            Map.of("programme", ProblemTexts.text(locale, "draft.programme.notOpen")));
      }
      if (cause instanceof InvalidDraftException) {
        return ProblemTexts.problem(locale, 422, "invalid", "api.problem.invalid");
      }
      if (cause instanceof ProgrammeRulesBrokenException broken) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (RuleViolation violation : broken.getViolations()) {
          errors.put(violation.key(), ProblemTexts.text(locale, violation.key(), violation.arguments()));
        }
        return ProblemTexts.problem(locale, 422, "programme-rules", ProblemTexts.text(locale, "api.problem.rules"), errors);
      }
      if (cause instanceof OpenRequestExistsException open) {
        // the other request's reference only when it is the caller's own organisation's
        return open.getOwnReferralId() == null
            ? ProblemTexts.problem(locale, 409, "open-request", "api.problem.openElsewhere")
            : ProblemTexts.problem(locale, 409, "open-request", "referral.openHere",
                Referral.reference(open.getOwnReferralId()));
      }
      if (cause instanceof ReferralChangedMeanwhileException || cause instanceof TransitionNotAllowedException) {
        return ProblemTexts.problem(locale, 409, "conflict", "api.problem.conflict");
      }
      if (cause instanceof JsonbException || cause instanceof JsonParsingException || cause instanceof ProcessingException) {
        return ProblemTexts.problem(locale, 400, "malformed-request", "api.problem.malformed");
      }
      if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
        int status = web.getResponse().getStatus();
        return switch (status) {
          case 404 -> ProblemTexts.problem(locale, 404, "not-found", "api.problem.noSuchResource");
          case 401, 403, 405, 406, 415 -> ProblemTexts.problem(locale, status, "http-" + status, "api.problem.unsupported");
          default -> ProblemTexts.problem(locale, 400, "malformed-request", "api.problem.malformed");
        };
      }
    }
    LOG.log(Level.SEVERE, "partner API request failed", thrown);
    return ProblemTexts.problem(locale, 500, "failure", "api.problem.failure");
  }
}
