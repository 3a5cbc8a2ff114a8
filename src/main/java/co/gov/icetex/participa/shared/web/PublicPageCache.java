package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.AppClock;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A micro-cache for the busiest anonymous pages (the catalogue and the consultation pages): the
 * same HTML for everyone, rendered at most once every {@link #MAX_AGE} per address and instance.
 * This is what a caching reverse proxy would do, kept in the portal so the figure holds without
 * one.
 *
 * <p>Only a plain 200 HTML answer that set no cookie is kept; errors, redirects and anything
 * personal pass through. It holds copies, never state: the database remains the only source and
 * every instance renders again after {@code MAX_AGE}. Mapped in web.xml, after the security
 * headers.
 */
public class PublicPageCache extends HttpFilter {

  static final Duration MAX_AGE = Duration.ofSeconds(10);
  private static final int MAX_ENTRIES = 500;
  private static final int MAX_QUERY = 200;

  /** A rendered page with the Content-Security-Policy its inline scripts' nonce belongs to. */
  private record Page(
      byte[] body, String contentType, String contentSecurityPolicy, Instant renderedAt) {}

  private final ConcurrentHashMap<String, Page> pages = new ConcurrentHashMap<>();

  @Inject AppClock clock;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String key = keyOf(request);
    if (key == null) {
      chain.doFilter(request, response);
      return;
    }
    Instant now = clock.now();
    Page page = pages.get(key);
    if (page == null || page.renderedAt().plus(MAX_AGE).isBefore(now)) {
      var captured = new CapturedResponse(response);
      chain.doFilter(request, captured);
      if (captured.isCommittedElsewhere()) {
        return;
      }
      page =
          new Page(
              captured.body(),
              captured.getContentType(),
              response.getHeader("Content-Security-Policy"),
              now);
      if (captured.isKeepable()
          && page.contentType() != null
          && page.contentType().startsWith("text/html")) {
        if (pages.size() >= MAX_ENTRIES) {
          pages.clear(); // many distinct addresses: start over rather than grow
        }
        pages.put(key, page);
      }
    }
    request.setAttribute(
        HttpCaching.RENDERED_AT, page.renderedAt()); // so caches get only what is left of MAX_AGE
    response.setContentType(page.contentType());
    if (page.contentSecurityPolicy() != null) {
      response.setHeader(
          "Content-Security-Policy", page.contentSecurityPolicy()); // its nonce is in the body
    }
    response.setContentLength(page.body().length);
    response.getOutputStream().write(page.body());
  }

  /** Anonymous GETs of the cached pages, by address; null for anything else. */
  private static String keyOf(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) || request.getRequestedSessionId() != null) {
      return null;
    }
    String query = request.getQueryString();
    if (query != null && query.length() > MAX_QUERY) {
      return null;
    }
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }
}
