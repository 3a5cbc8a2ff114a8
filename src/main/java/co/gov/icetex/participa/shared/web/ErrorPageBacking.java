package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The error pages' bean (see {@code /WEB-INF/templates/error.xhtml}): a request to the API gets the
 * API's JSON error shape, never an HTML page, whatever produced the error; a page may carry a
 * specific reason set by whoever refused the request ({@link #REASON_ATTRIBUTE}, a bundle key).
 */
@Named("errorPage")
@RequestScoped
public class ErrorPageBacking {

  /** Request attribute: the bundle key of a sentence saying why the request was refused. */
  public static final String REASON_ATTRIBUTE = "participa.error.reason";

  private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 413, 500, 503);

  @Inject HttpServletRequest request;

  public void answerApiAsJson() {
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri == null || !uri.startsWith(request.getContextPath() + "/api/")) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    String key = EXPLAINED.contains(status) ? "api.error.http" + status : "api.error.invalid";
    try {
      ApiErrors.write(response, status, key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** The specific reason for this refusal, in Spanish, or null. */
  public String getReason() {
    String key = reasonKey();
    return key == null ? null : Messages.get(key);
  }

  private String reasonKey() {
    return request.getAttribute(REASON_ATTRIBUTE) instanceof String key ? key : null;
  }
}
