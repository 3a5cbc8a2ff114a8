package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.staff.application.StaffSessions;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

/**
 * Signs a staff member out at their next request once their account was deactivated, their roles
 * changed or their password was reset: the roles a session holds were granted when it began, and
 * the container would otherwise keep honouring them until the session times out. The person lands
 * on the sign-in page with a notice and signs in again with what they hold now.
 */
@WebFilter(urlPatterns = "/admin/*", asyncSupported = true)
public class StaffSessionGuard extends HttpFilter {

  static final String SIGNED_OUT_PAGE = "/ingreso?sesion=terminada";

  @Inject StaffSessions sessions;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = request.getUserPrincipal();
    if (caller == null || sessions.mayContinue(caller.getName(), grantedEpoch(request))) {
      chain.doFilter(request, response);
      return;
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    redirect(request, response, request.getContextPath() + SIGNED_OUT_PAGE);
  }

  /** The access epoch the session was granted when it signed in (see {@link SignedInStaff}). */
  private static Integer grantedEpoch(HttpServletRequest request) {
    SignedInStaff staff = SignedInStaff.of(request);
    return staff == null ? null : staff.accessEpoch();
  }

  /**
   * A plain redirect, or for a Faces Ajax request the partial response that makes the page
   * navigate.
   */
  private static void redirect(HttpServletRequest request, HttpServletResponse response, String url)
      throws IOException {
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + url
                  + "\"/></partial-response>");
      return;
    }
    response.sendRedirect(url);
  }
}
