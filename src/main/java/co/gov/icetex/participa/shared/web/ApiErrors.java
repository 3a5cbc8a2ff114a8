package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.rest.ApiError;
import co.gov.icetex.participa.shared.validation.Violation;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The API's JSON error shape ({@link ApiError}) written by code outside JAX-RS (filters, error
 * pages), so that a request to {@code /api/...} never receives HTML, whoever refuses it.
 */
public final class ApiErrors {

  private static final Jsonb JSON = JsonbBuilder.create();

  private ApiErrors() {}

  public static void write(HttpServletResponse response, int status, String messageKey)
      throws IOException {
    String message = Messages.get(messageKey);
    var body =
        new ApiError(status, message, List.of(new ApiError.FieldError(Violation.GLOBAL, message)));
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(JSON.toJson(body).getBytes(StandardCharsets.UTF_8));
  }
}
