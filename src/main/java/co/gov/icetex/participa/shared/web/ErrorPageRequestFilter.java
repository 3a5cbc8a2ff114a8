package co.gov.icetex.participa.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An error page is rendered as a fresh page, whatever request failed: on the error dispatch the
 * request shows Faces no method but GET and no parameters. Otherwise Faces would take a failed form
 * post for a postback of the error page (restoring another view's state) and read its body again,
 * which fails once more for a body refused as too large, and the visitor got an empty 500. Mapped
 * in web.xml for the ERROR dispatch of the error pages only.
 */
public class ErrorPageRequestFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(FreshPageRequest.of(request), response);
  }
}
