package co.gov.icetex.participa.shared.rest;

import co.gov.icetex.participa.shared.DatabaseOutage;
import co.gov.icetex.participa.shared.validation.Refusal;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure the API does not answer itself becomes an {@link ApiError} with a Spanish message:
 * a {@link Refusal} from a service (its reason's status, its sentences field by field), malformed
 * JSON (which the runtime reports as a 400 caused by a parse error), unknown paths, wrong methods
 * or media types, an unreachable database (503 with {@code Retry-After}), and (logged) unexpected
 * errors. No stack trace or server detail reaches the client.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());
  private static final Set<Integer> EXPLAINED = Set.of(400, 404, 405, 406, 413, 415);

  @Override
  public Response toResponse(Exception exception) {
    if (exception instanceof Refusal refusal) {
      return ApiError.of(refusal); // the one refusal type: the same sentences the forms show
    }
    if (exception instanceof ProcessingException) {
      // Thrown by the runtime while reading the request body into an object.
      return ApiError.response(400, "api.error.malformed");
    }
    if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      if (status == 400 && isParseProblem(exception)) {
        return ApiError.response(400, "api.error.malformed");
      }
      return ApiError.response(
          status, EXPLAINED.contains(status) ? "api.error.http" + status : "api.error.invalid");
    }
    if (DatabaseOutage.isCause(exception)) {
      LOG.log(Level.WARNING, "Database unreachable; the API answered 503", exception);
      return ApiError.unavailable(DatabaseOutage.RETRY_AFTER, "api.error.http503");
    }
    LOG.log(Level.SEVERE, "Unexpected API failure", exception);
    return ApiError.response(500, "api.error.internal");
  }

  private static boolean isParseProblem(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof JsonbException
          || c instanceof JsonException
          || c instanceof ProcessingException) {
        return true;
      }
    }
    return false;
  }
}
