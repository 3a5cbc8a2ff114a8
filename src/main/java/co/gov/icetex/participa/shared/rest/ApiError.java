package co.gov.icetex.participa.shared.rest;

import co.gov.icetex.participa.shared.FieldErrors;
import co.gov.icetex.participa.shared.Messages;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The body of every API error: the HTTP status, one Spanish sentence, and the offending fields each
 * with its own message. {@code field} is empty for a problem with the request as a whole.
 */
public record ApiError(int status, String message, List<FieldError> errors) {

  /** One offending field and what is wrong with it, in Spanish. */
  public record FieldError(String field, String message) {}

  public static Response response(int status, FieldErrors fieldErrors) {
    Map<String, String> ordered = fieldErrors.ordered();
    String global = ordered.get(FieldErrors.GLOBAL);
    String summary = global != null ? global : Messages.get("api.error.invalid");
    List<FieldError> errors =
        ordered.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(status, summary, errors))
        .build();
  }

  public static Response response(int status, String messageKey, Object... args) {
    return response(status, FieldErrors.of(FieldErrors.GLOBAL, messageKey, args));
  }

  public static Response response(Response.Status status, String messageKey, Object... args) {
    return response(status.getStatusCode(), messageKey, args);
  }
}
