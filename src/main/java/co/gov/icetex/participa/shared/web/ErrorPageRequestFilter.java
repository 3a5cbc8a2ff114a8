package co.gov.icetex.participa.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * An error page is rendered as a fresh page, whatever request failed: on the error dispatch the
 * request shows Faces no method but GET and no parameters. Otherwise Faces would take a failed form
 * post for a postback of the error page (restoring another view's state) and read its body again,
 * which fails once more for a body refused as too large, and the visitor got an empty 500.
 * Mapped in web.xml for the ERROR dispatch of the error pages only.
 */
public class ErrorPageRequestFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new FreshPage(request), response);
  }

  private static final class FreshPage extends HttpServletRequestWrapper {

    FreshPage(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Collections.emptyMap();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public String getContentType() {
      return null;
    }
  }
}
