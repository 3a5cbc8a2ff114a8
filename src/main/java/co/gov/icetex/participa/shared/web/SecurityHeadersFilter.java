package co.gov.icetex.participa.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: no MIME sniffing, no framing by other sites (clickjacking), forms
 * may only post back here, and a restrained referrer. Scripts are not restricted by CSP because Faces
 * and PrimeFaces emit inline handlers; output escaping is what keeps citizens' text inert.
 *
 * <p>It also refuses a request body larger than any form or API call can legitimately be (a 10 MB
 * attachment plus fields) before anything reads it.
 */
@WebFilter(filterName = "SecurityHeadersFilter", asyncSupported = true) // mapped in web.xml
public class SecurityHeadersFilter extends HttpFilter {

  static final long MAX_REQUEST_BYTES = 11L * 1024 * 1024;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader(
        "Content-Security-Policy",
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
