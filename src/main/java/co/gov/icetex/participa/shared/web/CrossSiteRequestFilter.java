package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a request that changes something when a browser sent it on behalf of another web site
 * (cross-site request forgery): any site can make its visitors' browsers post a form or a multipart
 * body to the portal, and the form token alone does not stop a site that first fetched one.
 *
 * <p>Browsers say where a request comes from: {@code Sec-Fetch-Site} (all current browsers) and
 * {@code Origin} (on every POST). A request is refused when the first says anything but {@code
 * same-origin} or {@code none} (another subdomain is another site here), or, from a browser that
 * does not send it, when the second names another origin than the portal's. Browsers send {@code
 * Sec-Fetch-Site} only to secure origins (https, or this machine), so over plain http the {@code
 * Origin} rule decides: pages that keep a secret in their address ask for a {@code same-origin}
 * referrer policy, never {@code no-referrer}, which would make their own posts arrive with {@code
 * Origin: null}, refused like a sandboxed frame's. Clients that are not browsers (API integrations,
 * staff scripts) send neither header and are unaffected. The API gets its JSON error, pages the
 * branded 403 page with the reason.
 */
public class CrossSiteRequestFilter extends HttpFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Inject Settings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE_METHODS.contains(request.getMethod()) || !isCrossSite(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (Requests.isApi(request)) {
      ApiErrors.write(response, 403, "api.error.crossSite");
    } else {
      request.setAttribute(ErrorPageBacking.REASON_ATTRIBUTE, "error.crossSite");
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  boolean isCrossSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      // The browser's own verdict; Origin may then be "null" only because a page asked for no
      // referrer.
      return !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none");
    }
    String origin = request.getHeader("Origin");
    return origin != null && !isOwnOrigin(origin, request);
  }

  /** The configured public address, or the address this request was sent to (through the proxy). */
  private boolean isOwnOrigin(String origin, HttpServletRequest request) {
    String claimed = normalized(origin);
    if (claimed == null) {
      return false; // "null" (a sandboxed frame, a file) or garbage: not ours
    }
    if (claimed.equals(normalized(settings.baseUrl()))) {
      return true;
    }
    // The scheme is the client's: ForwardedHeaders applies a trusted proxy's X-Forwarded-Proto.
    String host = request.getHeader("Host");
    return host != null && claimed.equals(normalized(request.getScheme() + "://" + host));
  }

  /** scheme://host:port in lower case with the default port made explicit; null when unparsable. */
  static String normalized(String url) {
    try {
      URI uri = URI.create(url.strip());
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null) {
        return null;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
      return scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
