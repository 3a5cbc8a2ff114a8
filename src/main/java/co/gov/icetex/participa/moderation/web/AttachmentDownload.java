package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.moderation.application.ObservationQueue;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.shared.StoredFile;
import co.gov.icetex.participa.shared.rest.ContentDisposition;
import co.gov.icetex.participa.shared.security.AccessDenied;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The file a citizen attached, for the staff who review the observation (never public). Always sent
 * as a download with its checked type, so a crafted file cannot run in the portal's origin.
 */
@WebServlet("/admin/observaciones/adjunto")
public class AttachmentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ObservationQueue queue;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Observation> found;
    try {
      found = queue.find(request.getParameter("codigo"));
    } catch (AccessDenied e) {
      response.sendError(403);
      return;
    }
    if (found.isEmpty() || found.get().getAttachment() == null) {
      response.sendError(404);
      return;
    }
    StoredFile file = found.get().getAttachment().getFile();
    byte[] content = file.content();
    response.setContentType(file.getMediaType());
    response.setHeader("Content-Disposition", ContentDisposition.attachment(file.getFileName()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
