package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.DatabaseOutage;
import co.gov.icetex.participa.shared.health.InstanceReadiness;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * While this instance is not ready (its database does not answer; see {@link InstanceReadiness}),
 * answers at once and says so, instead of letting a request fail half-way:
 *
 * <ul>
 *   <li>the API: its JSON error shape, {@code 503}, and {@code Retry-After};
 *   <li>the observation form: a page saying that nothing was saved and to try again in a moment,
 *       with the text the citizen had written, so it is not lost;
 *   <li>other pages: {@code 503} through the portal's error page.
 * </ul>
 *
 * Theme resources, the bare {@code /api/v1/ping} and Payara Micro's own endpoints ({@code /health},
 * which Payara serves inside this application when it is at the root, {@code /metrics}, {@code
 * /openapi}) pass: they need no database, and the health endpoint must tell why. Nothing reaches
 * the application, so nothing can have been saved. Mapped in web.xml after the micro-cache, which
 * may still serve its copies of public pages for their last seconds.
 */
public class ReadinessGate extends HttpFilter {

  static final String FORM_PAGE = "/WEB-INF/notready/observar.xhtml";

  /** Request attributes read by the form page: the text the citizen sent and where the form was. */
  static final String TEXT = "participa.notReady.text";

  static final String FORM_QUERY = "participa.notReady.formQuery";

  @Inject InstanceReadiness readiness;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (passesAnyway(path) || readiness.isReady()) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Retry-After", Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
    response.setHeader("Cache-Control", "no-store");
    if (path.startsWith("/api/")) {
      apiAnswer(response);
    } else if (path.equals("/observar") || path.equals("/observar.xhtml")) {
      formAnswer(request, response);
    } else {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }

  private static boolean passesAnyway(String path) {
    return path.startsWith("/jakarta.faces.resource/")
        || path.equals("/api/v1/ping")
        || path.startsWith("/health")
        || path.startsWith("/metrics")
        || path.startsWith("/openapi");
  }

  private static void apiAnswer(HttpServletResponse response) throws IOException {
    // JAX-RS is not reached: the API's error shape written by the filter helper.
    ApiErrors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "api.error.notReady");
  }

  private static void formAnswer(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    boolean post = "POST".equals(request.getMethod());
    String slug = request.getParameter(post ? "obs:c" : "c");
    String part = request.getParameter(post ? "obs:parte" : "parte");
    if (post) {
      request.setAttribute(TEXT, request.getParameter("obs:text"));
    }
    if (slug != null && slug.matches("[a-z0-9-]{1,120}")) {
      request.setAttribute(
          FORM_QUERY,
          "c=" + slug + (part != null && part.matches("\\d{1,18}") ? "&parte=" + part : ""));
    }
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    request.getRequestDispatcher(FORM_PAGE).forward(FreshPageRequest.wholePage(request), response);
  }
}
