package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: no MIME sniffing, no framing by other sites (clickjacking), a
 * restrained referrer, and a Content-Security-Policy whose {@code script-src} admits only the
 * portal's own script files and the inline scripts it rendered itself in this response (a
 * per-response nonce, see {@link ScriptNonce}): a script smuggled into a page by some future
 * escaping mistake does not run. Over HTTPS (the base URL says so) browsers are also told to use
 * nothing else (HSTS).
 *
 * <p>It also refuses a request body larger than any form or API call can legitimately be (a 10 MB
 * attachment plus fields) before anything reads it.
 */
@WebFilter(filterName = "SecurityHeadersFilter", asyncSupported = true) // mapped in web.xml
public class SecurityHeadersFilter extends HttpFilter {

  static final long MAX_REQUEST_BYTES = 11L * 1024 * 1024;

  /** Two years, as the HSTS preload list asks; the portal never goes back to plain HTTP. */
  private static final String HSTS = "max-age=63072000; includeSubDomains";

  @Inject Settings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String nonce = ScriptNonce.issue(request);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", policy(nonce));
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (settings.isHttps()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Scripts: the portal's own files and the inline scripts carrying this response's nonce, nothing
   * else (no inline handlers, no eval). Styles may be inline (PrimeFaces sets a few style
   * attributes; a style cannot run code). Images, fonts and connections: the portal itself.
   */
  static String policy(String nonce) {
    return "default-src 'self'; script-src 'self' 'nonce-"
        + nonce
        + "'; style-src 'self' 'unsafe-inline';"
        + " img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'none';"
        + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
  }
}
