package co.gov.icetex.participa.hearing.web;

import co.gov.icetex.participa.hearing.application.HearingCalendar;
import co.gov.icetex.participa.hearing.application.HearingCatalog;
import co.gov.icetex.participa.hearing.application.MemoriaPdf;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.hearing.domain.Memoria;
import co.gov.icetex.participa.shared.Settings;
import co.gov.icetex.participa.shared.StoredFile;
import co.gov.icetex.participa.shared.rest.ContentDisposition;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The hearing's downloads, public: a material (/audiencia/material?id=), the calendar file
 * (/audiencia/calendario.ics?h=) and the memoria as PDF (/audiencia/memoria.pdf?h=[&amp;v=]).
 */
@WebServlet({"/audiencia/material", "/audiencia/calendario.ics", "/audiencia/memoria.pdf"})
public class HearingFiles extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient HearingCatalog catalog;
  @Inject transient Settings settings;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    switch (request.getServletPath()) {
      case "/audiencia/material" -> material(request, response);
      case "/audiencia/calendario.ics" -> calendar(request, response);
      default -> memoria(request, response);
    }
  }

  private void material(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendError(404);
      return;
    }
    var material = catalog.material(id);
    if (material.isEmpty()) {
      response.sendError(404);
      return;
    }
    StoredFile file = material.get().getFile();
    byte[] content = file.content();
    response.setContentType(file.getMediaType());
    response.setHeader("Content-Disposition", ContentDisposition.attachment(file.getFileName()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }

  private void calendar(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Hearing> hearing = catalog.find(request.getParameter("h"));
    if (hearing.isEmpty()) {
      response.sendError(404);
      return;
    }
    String page =
        settings.baseUrl()
            + "/audiencia?h="
            + URLEncoder.encode(hearing.get().getSlug(), StandardCharsets.UTF_8);
    byte[] ics =
        HearingCalendar.ics(hearing.get(), page, catalog.now()).getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/calendar; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", ContentDisposition.attachment(hearing.get().getSlug() + ".ics"));
    response.setContentLength(ics.length);
    response.getOutputStream().write(ics);
  }

  private void memoria(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Hearing> hearing = catalog.find(request.getParameter("h"));
    if (hearing.isEmpty()) {
      response.sendError(404);
      return;
    }
    List<Memoria> versions = catalog.memorias(hearing.get());
    String wanted = request.getParameter("v");
    Optional<Memoria> memoria =
        versions.stream()
            .filter(m -> wanted == null || Integer.toString(m.getNumber()).equals(wanted))
            .findFirst();
    if (memoria.isEmpty()) {
      response.sendError(404);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        ContentDisposition.attachment(
            "memoria-" + hearing.get().getSlug() + "-v" + memoria.get().getNumber() + ".pdf"));
    MemoriaPdf.write(hearing.get(), catalog.view(memoria.get()), response.getOutputStream());
  }
}
