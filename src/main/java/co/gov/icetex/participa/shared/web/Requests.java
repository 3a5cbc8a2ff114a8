package co.gov.icetex.participa.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** What the portal's filters ask of a request. */
final class Requests {

  private Requests() {}

  /**
   * A request to the JSON API ({@code /api/...}): it is answered in JSON, never with an HTML page.
   */
  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
