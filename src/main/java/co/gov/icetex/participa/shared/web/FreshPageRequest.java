package co.gov.icetex.participa.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * A request as Faces should see it to render a page afresh instead of the one that was posted: a
 * GET without parameters, body or parts, so that Faces neither takes it for a postback (restoring
 * another view's state) nor reads the body again. Used to render the error page after a failed
 * request and the not-ready notice in place of a posted form.
 */
final class FreshPageRequest extends HttpServletRequestWrapper {

  private final boolean hideAjax;

  private FreshPageRequest(HttpServletRequest request, boolean hideAjax) {
    super(request);
    this.hideAjax = hideAjax;
  }

  /** The request as a first visit; an ajax request stays one (Faces answers it as such). */
  static FreshPageRequest of(HttpServletRequest request) {
    return new FreshPageRequest(request, false);
  }

  /** The request as a first visit of a whole page, even when it was an ajax post. */
  static FreshPageRequest wholePage(HttpServletRequest request) {
    return new FreshPageRequest(request, true);
  }

  @Override
  public String getMethod() {
    return "GET";
  }

  @Override
  public String getContentType() {
    return null;
  }

  @Override
  public String getParameter(String name) {
    return null;
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return Map.of();
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
  public Collection<Part> getParts() {
    return List.of();
  }

  @Override
  public String getHeader(String name) {
    return hideAjax && "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
  }
}
