package co.gov.icetex.participa.answer.web;

import co.gov.icetex.participa.answer.application.AnswerSheet;
import co.gov.icetex.participa.shared.rest.ContentDisposition;
import co.gov.icetex.participa.shared.security.AccessDenied;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The spreadsheet of a consultation's observations, to answer offline and import back. Staff only
 * (web.xml).
 */
@WebServlet("/admin/respuestas/exportar")
public class AnswerSheetDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AnswerSheet sheet;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long consultation;
    try {
      consultation = Long.parseLong(request.getParameter("consulta"));
    } catch (NumberFormatException e) {
      response.sendError(400);
      return;
    }
    byte[] file;
    try {
      file = sheet.export(consultation);
    } catch (AccessDenied e) {
      response.sendError(403);
      return;
    }
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        "Content-Disposition",
        ContentDisposition.attachment("respuestas-consulta-" + consultation + ".xlsx"));
    response.setContentLength(file.length);
    response.getOutputStream().write(file);
  }
}
