package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * What the proxy in front says about the original request, believed only from a trusted proxy
 * ({@link Settings#trustedProxies()}, when {@code participa.proxy.trusted} is on): behind a front
 * that terminates TLS, {@code X-Forwarded-Proto: https} makes {@code getScheme()}, {@code
 * isSecure()} and the port those of the client's request. From anyone else the {@code
 * X-Forwarded-*} headers are hidden, so nothing further in (the client address in {@code
 * ClientAddress} reads the header itself, under the same rule) can be fooled by a client that sends
 * them. Mapped first in web.xml.
 */
public class ForwardedHeaders extends HttpFilter {

  @Inject Settings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean fromProxy =
        settings.trustForwardedFor() && settings.trustedProxies().contains(request.getRemoteAddr());
    String proto = request.getHeader("X-Forwarded-Proto");
    if (fromProxy && proto == null) {
      chain.doFilter(request, response);
    } else if (fromProxy) {
      chain.doFilter(
          new Forwarded(request, proto.strip().toLowerCase(java.util.Locale.ROOT)), response);
    } else if (hasForwardingHeaders(request)) {
      chain.doFilter(new Unforwarded(request), response);
    } else {
      chain.doFilter(request, response);
    }
  }

  private static boolean hasForwardingHeaders(HttpServletRequest request) {
    return request.getHeader("X-Forwarded-For") != null
        || request.getHeader("X-Forwarded-Proto") != null
        || request.getHeader("X-Forwarded-Host") != null;
  }

  private static boolean forwarding(String header) {
    return header.regionMatches(true, 0, "X-Forwarded-", 0, "X-Forwarded-".length());
  }

  /** The request as the client made it to the proxy. */
  private static final class Forwarded extends HttpServletRequestWrapper {

    private final String scheme;

    Forwarded(HttpServletRequest request, String proto) {
      super(request);
      this.scheme = "https".equals(proto) ? "https" : "http";
    }

    @Override
    public String getScheme() {
      return scheme;
    }

    @Override
    public boolean isSecure() {
      return "https".equals(scheme);
    }

    @Override
    public int getServerPort() {
      return "https".equals(scheme) && !super.isSecure() ? 443 : super.getServerPort();
    }
  }

  /** A request that did not come through a trusted proxy: its forwarding headers are not shown. */
  private static final class Unforwarded extends HttpServletRequestWrapper {

    Unforwarded(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return forwarding(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return forwarding(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return Collections.enumeration(
          Collections.list(super.getHeaderNames()).stream().filter(h -> !forwarding(h)).toList());
    }
  }
}
