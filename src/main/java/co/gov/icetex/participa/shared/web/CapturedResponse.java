package co.gov.icetex.participa.shared.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Holds a page's body in memory instead of sending it, so that {@link PublicPageCache} can keep a
 * copy. Anything that makes the answer personal or unusual (a cookie, an error, a redirect, another
 * status) marks it as not to be kept, and errors and redirects go straight to the real response.
 */
final class CapturedResponse extends CapturingResponse {

  CapturedResponse(HttpServletResponse response) {
    super(response, 96 * 1024);
  }

  boolean isKeepable() {
    return !setCookie() && !isSentDirectly() && getStatus() == SC_OK;
  }

  boolean isCommittedElsewhere() {
    return isSentDirectly();
  }
}
