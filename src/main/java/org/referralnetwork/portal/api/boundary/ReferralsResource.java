package org.referralnetwork.portal.api.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.referralnetwork.portal.api.boundary.ApiDocuments.Message;
import org.referralnetwork.portal.api.boundary.ApiDocuments.NewMessage;
import org.referralnetwork.portal.api.boundary.ApiDocuments.Page;
import org.referralnetwork.portal.api.boundary.ApiDocuments.ReferralDocument;
import org.referralnetwork.portal.api.boundary.ApiDocuments.ReferralSummary;
import org.referralnetwork.portal.api.boundary.ApiDocuments.Submission;
import org.referralnetwork.portal.api.control.ApiProblemException;
import org.referralnetwork.portal.api.control.LocalisedValidators;
import org.referralnetwork.portal.api.control.ProblemTexts;
import org.referralnetwork.portal.referral.boundary.ReferralService;
import org.referralnetwork.portal.referral.control.ReferralFilter;
import org.referralnetwork.portal.referral.control.ReferralSort;
import org.referralnetwork.portal.security.BearerCaller;

/**
 * A partner organisation's referrals: create (under an {@code Idempotency-Key}), submit, list,
 * read with status and history, and the thread. Bodies are read here, so that malformed JSON and
 * wrong types are answered as problems, and checked with the same constraints as the pages.
 */
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ReferralsResource {

  private static final int MAX_PAGE_SIZE = 100;
  private static final int MAX_KEY_LENGTH = 255;
  private static final Jsonb JSONB = JsonbBuilder.create();

  @EJB private ReferralService referrals;
  @EJB private ApiReferrals api;
  @Inject private BearerCaller bearer;
  @Inject private Validator validator;
  @Inject private LocalisedValidators validators;
  @Context private HttpHeaders headers;
  @Context private UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a draft referral, or with submit=true create and submit it at once (a refused submission"
      + " keeps nothing); a retry with the same Idempotency-Key, body and submit returns the same referral")
  public Response create(
      @Parameter(description = "A new unique value per referral, the same on retries (up to 255 characters)")
          @HeaderParam("Idempotency-Key") String key,
      @Parameter(description = "true: submit the referral in the same request; false or left out: keep it as a draft")
          @QueryParam("submit") String submitParameter,
      String body) {
    if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new ApiProblemException(400, "idempotency-key-missing", "api.problem.idempotencyKeyMissing");
    }
    boolean submit = submitFlag(submitParameter);
    NewReferral referral = read(body, NewReferral.class);
    if (!errorsOf(referral, validator).isEmpty()) {
      // checked again only to say it in the caller's language: a valid request pays nothing for it
      throw new ApiProblemException(422, "invalid", "api.problem.invalid", errorsOf(referral, validators.in(locale())));
    }
    String clientId = bearer.token().orElseThrow().clientId();
    // the flag is part of what the key stands for: the same key asking once for a draft, once for a submission is refused
    String request = JSONB.toJson(referral) + (submit ? " submit" : "");
    ApiReferrals.Made made = api.create(clientId, key.strip(), sha256(request), referral, submit);
    ReferralDocument document = ReferralDocument.of(made.view());
    return (made.created() ? Response.created(uri.getAbsolutePathBuilder().path(Long.toString(made.view().getId())).build())
        : Response.ok()).entity(document).build();
  }

  @POST
  @Path("{id}/submit")
  @Operation(summary = "Submit a draft to the secretariat (optionally as seen at {\"version\": n})")
  public ReferralDocument submit(@PathParam("id") long id, String body) {
    Submission submission = body == null || body.isBlank() ? new Submission(null) : read(body, Submission.class);
    return ReferralDocument.of(api.submit(id, submission.version()));
  }

  @GET
  @Operation(summary = "The organisation's referrals, newest first, a page at a time (page from 0, size up to 100)")
  public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
    int pageNumber = number(page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE, "page");
    int pageSize = number(size, 20, MAX_PAGE_SIZE, "size");
    if (pageSize < 1) {
      throw invalidParameter("size", "api.problem.pageParameter");
    }
    ReferralFilter filter = new ReferralFilter();
    long total = referrals.countForCaller(filter);
    List<ReferralSummary> items = referrals.listForCaller(filter, pageNumber * pageSize, pageSize,
        ReferralSort.CREATED_AT, false).stream().map(ReferralSummary::of).toList();
    Response.ResponseBuilder response =
        Response.ok(new Page<>(items, pageNumber, pageSize, total)).header("X-Total-Count", total);
    if ((long) (pageNumber + 1) * pageSize < total) {
      response.link(uri.getAbsolutePathBuilder().queryParam("page", pageNumber + 1).queryParam("size", pageSize).build(),
          "next");
    }
    if (pageNumber > 0) {
      response.link(uri.getAbsolutePathBuilder().queryParam("page", pageNumber - 1).queryParam("size", pageSize).build(),
          "prev");
    }
    return response.build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A referral: status, details, history and the moves open now")
  public ReferralDocument get(@PathParam("id") long id) {
    return ReferralDocument.of(referrals.details(id));
  }

  @GET
  @Path("{id}/messages")
  @Operation(summary = "The referral's thread with the secretariat, oldest first")
  public List<Message> messages(@PathParam("id") long id) {
    return Message.of(referrals.details(id));
  }

  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Post a message on the referral's thread ({\"text\": \"...\"}, up to 4000 characters)")
  public Response post(@PathParam("id") long id, String body) {
    NewMessage message = read(body, NewMessage.class);
    if (message.text() == null || message.text().isBlank() || message.text().length() > 4000) {
      throw new ApiProblemException(422, "invalid", "api.problem.invalid",
          Map.of("text", ProblemTexts.text(locale(), "api.problem.messageText")));
    }
    referrals.postMessage(id, message.text());
    return Response.status(Response.Status.CREATED).entity(Message.of(referrals.details(id))).build();
  }

  private static <T> T read(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      throw new ApiProblemException(400, "malformed-request", "api.problem.malformed");
    }
    try {
      T value = JSONB.fromJson(body, type);
      if (value == null) {
        throw new ApiProblemException(400, "malformed-request", "api.problem.malformed");
      }
      return value;
    } catch (JsonbException | ClassCastException | IllegalArgumentException malformed) {
      throw new ApiProblemException(400, "malformed-request", "api.problem.malformed");
    }
  }

  private int number(String text, int otherwise, int max, String name) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value < 0 || value > max) {
        throw invalidParameter(name, "api.problem.pageParameter");
      }
      return value;
    } catch (NumberFormatException notANumber) {
      throw invalidParameter(name, "api.problem.pageParameter");
    }
  }

  private boolean submitFlag(String text) {
    if (text == null || text.isBlank() || text.strip().equals("false")) {
      return false;
    }
    if (text.strip().equals("true")) {
      return true;
    }
    throw invalidParameter("submit", "api.problem.submitParameter");
  }

  private ApiProblemException invalidParameter(String name, String textKey) {
    return new ApiProblemException(400, "invalid-parameter", "api.problem.malformed",
        Map.of(name, ProblemTexts.text(locale(), textKey)));
  }

  private Map<String, String> errorsOf(NewReferral referral, Validator checking) {
    Map<String, String> errors = new TreeMap<>();
    errors.putAll(violations(checking.validate(referral.draft())));
    errors.putAll(violations(checking.validate(referral.details())));
    return errors;
  }

  /** Field → message, in the caller's language, from the constraints' bundle keys. */
  private <T> Map<String, String> violations(Set<ConstraintViolation<T>> violations) {
    Map<String, String> errors = new TreeMap<>();
    for (ConstraintViolation<T> violation : violations) {
      String template = violation.getMessageTemplate();
      String text = violation.getMessage();
      if (template.startsWith("{") && template.endsWith("}")) {
        try {
          text = ProblemTexts.text(locale(), template.substring(1, template.length() - 1));
        } catch (MissingResourceException notOurs) {
          // a constraint's own message, already interpolated in the caller's language
        }
      }
      errors.putIfAbsent(violation.getPropertyPath().toString(), text);
    }
    return errors;
  }

  private Locale locale() {
    return ProblemTexts.locale(headers.getAcceptableLanguages());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
