package co.gov.icetex.participa.shared.rest;

import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Violation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;

/**
 * The body of every API error: the HTTP status, one Spanish sentence, and the offending fields each
 * with its own message. {@code field} is empty for a problem with the request as a whole.
 */
public record ApiError(int status, String message, List<FieldError> errors) {

  /** One offending field and what is wrong with it, in Spanish. */
  public record FieldError(String field, String message) {}

  /**
   * A refusal as the API answers it: its reason's status, its global sentence (or "some data are
   * not valid") and every violation, fields in the command's order.
   */
  public static Response of(Refusal refusal) {
    String summary = refusal.globalMessage().orElseGet(() -> Messages.get("api.error.invalid"));
    List<FieldError> errors =
        refusal.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList();
    return Response.status(refusal.reason().status())
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(refusal.reason().status(), summary, errors))
        .build();
  }

  /** One sentence about the whole request (its only error, with the field {@code ""}). */
  public static Response response(int status, String messageKey, Object... args) {
    String message = Messages.get(messageKey, args);
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(status, message, List.of(new FieldError(Violation.GLOBAL, message))))
        .build();
  }

  public static Response response(Response.Status status, String messageKey, Object... args) {
    return response(status.getStatusCode(), messageKey, args);
  }

  /** 429 with {@code Retry-After} in whole seconds (at least one). */
  public static Response tooManyRequests(Duration retryAfter, String messageKey, Object... args) {
    return withRetryAfter(response(429, messageKey, args), retryAfter);
  }

  /**
   * 503 with {@code Retry-After}: the portal cannot answer now (starting, or its database is away).
   */
  public static Response unavailable(Duration retryAfter, String messageKey, Object... args) {
    return withRetryAfter(response(503, messageKey, args), retryAfter);
  }

  private static Response withRetryAfter(Response response, Duration retryAfter) {
    return Response.fromResponse(response)
        .header("Retry-After", Math.max(1, retryAfter.toSeconds()))
        .build();
  }
}
