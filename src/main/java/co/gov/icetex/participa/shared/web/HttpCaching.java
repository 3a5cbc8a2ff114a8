package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.AppClock;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * HTTP caching for anonymous pages and read-only API answers, so that browsers and any cache in
 * between (the nginx front, a CDN) can keep and revalidate them, with or without the front.
 *
 * <p>For an anonymous {@code GET} (no session cookie) answered {@code 200} without a cookie, it
 * adds a validator, a weak {@code ETag} (a hash of the body: the same on every instance for the
 * same content, and weak because a front may compress it), and, unless the resource set its own,
 * {@code Cache-Control: public, max-age=..., stale-while-revalidate=10}. The max-age is what
 * remains of the 10-second consistency the portal promises ({@link PublicPageCache#MAX_AGE}): a
 * copy taken from the micro-cache is given only its remaining seconds, so no cache holds a
 * fresh-looking page rendered more than 10 seconds ago; afterwards a cache may show it once more
 * while it fetches the new one. A conditional {@code GET} whose {@code If-None-Match} matches is
 * answered {@code 304} without a body.
 *
 * <p>Only the addresses mapped in web.xml pass through here: an allow-list of pages that show the
 * same thing to everyone, because a page with a one-time form token (the observation form, the
 * hearing) must never be shared. Bodies above {@link #MAX_BUFFERED_BYTES} (downloads) are streamed
 * with the cache lifetime but no validator. Requests with a session, responses that set a cookie,
 * errors and redirects pass untouched.
 */
public class HttpCaching extends HttpFilter {

  static final int MAX_BUFFERED_BYTES = 1024 * 1024;
  static final Duration STALE_WHILE_REVALIDATE = Duration.ofSeconds(10);

  /** Request attribute: when the page being answered was rendered (set by the micro-cache). */
  static final String RENDERED_AT = "participa.renderedAt";

  @Inject AppClock clock;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod())
        || request.getRequestedSessionId() != null
        || request.getRequestURI().endsWith("/api/v1/ping")) {
      chain.doFilter(request, response);
      return;
    }
    var buffered =
        new BufferedResponse(
            response,
            MAX_BUFFERED_BYTES,
            () -> {
              if (response.getStatus() == HttpServletResponse.SC_OK
                  && shareable(request, response)) { // a download too big to hash
                setLifetime(request, response);
              }
            });
    try {
      chain.doFilter(request, buffered);
    } finally {
      buffered.finishStreaming();
    }
    if (buffered.isPassedThrough()) {
      return;
    }
    byte[] body = buffered.body();
    if (buffered.getStatus() == HttpServletResponse.SC_OK
        && shareable(request, response)
        && !buffered.setCookie()) {
      String etag = etagOf(body);
      response.setHeader("ETag", etag);
      setLifetime(request, response);
      if (matches(request.getHeader("If-None-Match"), etag)) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return;
      }
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** Nothing personal about the exchange: no session began and no cookie is on its way. */
  private static boolean shareable(HttpServletRequest request, HttpServletResponse response) {
    return request.getSession(false) == null && !response.containsHeader("Set-Cookie");
  }

  private void setLifetime(HttpServletRequest request, HttpServletResponse response) {
    // Payara may compress the answer: a cache must keep the compressed and the plain one apart.
    response.setHeader("Vary", "Accept-Encoding");
    if (response.containsHeader("Cache-Control")) {
      return; // the resource knows better (e.g. a frozen report version)
    }
    long maxAge = PublicPageCache.MAX_AGE.toSeconds();
    if (request.getAttribute(RENDERED_AT) instanceof Instant renderedAt) {
      long age = Duration.between(renderedAt, clock.now()).toSeconds();
      maxAge = Math.max(0, maxAge - Math.max(0, age));
    }
    response.setHeader(
        "Cache-Control",
        "public, max-age="
            + maxAge
            + ", stale-while-revalidate="
            + STALE_WHILE_REVALIDATE.toSeconds());
  }

  /** A weak entity tag from the body's SHA-256 (128 bits, base64url). */
  static String etagOf(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "W/\""
          + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16))
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** If-None-Match with the weak comparison RFC 9110 prescribes for it; "*" matches anything. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    String opaque = opaque(etag);
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.strip();
      if (c.equals("*") || opaque(c).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
