package co.gov.icetex.participa.alert.web;

import co.gov.icetex.participa.alert.application.AtomFeed;
import co.gov.icetex.participa.alert.application.AtomFeeds;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The public Atom feeds: {@code /feeds/consultas.atom} (consultations open for comment) and {@code
 * /feeds/consulta.atom?c=SLUG} (a consultation's report versions and final version). No session;
 * HttpCaching (web.xml) gives them a validator and a short shared lifetime.
 */
@WebServlet({"/feeds/consultas.atom", "/feeds/consulta.atom"})
public class AtomFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AtomFeeds feeds;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<AtomFeed> feed =
        "/feeds/consultas.atom".equals(request.getServletPath())
            ? Optional.of(feeds.openConsultations())
            : feeds.documents(request.getParameter("c"));
    if (feed.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] xml = feed.get().toXml();
    response.setContentType(AtomFeed.MEDIA_TYPE + "; charset=UTF-8");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(xml.length);
    response.getOutputStream().write(xml);
  }
}
