package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request that failed because the database could not be reached is answered 503 with {@code
 * Retry-After}: the API in its JSON shape, pages with the branded "not available" page that says
 * nothing unconfirmed was saved. Any other failure goes on to the 500 page as before.
 */
public class DatabaseOutageFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
        throw e;
      }
      LOG.log(Level.WARNING, "Database unreachable; answered 503: " + request.getRequestURI(), e);
      response.setHeader("Retry-After", Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
      if (Requests.isApi(request)) {
        ApiErrors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "api.error.http503");
      } else {
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      }
    }
  }
}
