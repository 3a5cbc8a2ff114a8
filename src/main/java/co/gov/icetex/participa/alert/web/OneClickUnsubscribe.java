package co.gov.icetex.participa.alert.web;

import co.gov.icetex.participa.alert.application.AlertSubscriptions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one-click unsubscribe address of every alert ({@code List-Unsubscribe}, RFC 8058): {@code
 * POST /avisos/baja?s=TOKEN} with the body {@code List-Unsubscribe=One-Click} ends the
 * subscription. The signed token is the whole authority: no form token and no session, because the
 * mail provider posts it from its servers. Such a post carries neither {@code Sec-Fetch-Site} nor
 * {@code Origin}, so the portal's cross-site filter lets it through. The answer is the same whether
 * the subscription still existed or not. A {@code GET} (someone pasting the address in a browser,
 * or a mail scanner) changes nothing: it goes to the management page, where a button unsubscribes.
 */
@WebServlet("/avisos/baja")
public class OneClickUnsubscribe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AlertSubscriptions subscriptions;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = request.getParameter("s");
    if (token == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    subscriptions.unsubscribe(token);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/plain; charset=UTF-8");
    response.getWriter().write("OK\n");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = request.getParameter("s");
    response.sendRedirect(
        request.getContextPath()
            + "/gestionar-avisos"
            + (token == null ? "" : "?s=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
  }
}
