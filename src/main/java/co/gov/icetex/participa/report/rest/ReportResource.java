package co.gov.icetex.participa.report.rest;

import co.gov.icetex.participa.report.application.ReportCsv;
import co.gov.icetex.participa.report.application.ReportFormat;
import co.gov.icetex.participa.report.application.ReportJson;
import co.gov.icetex.participa.report.application.ReportPdf;
import co.gov.icetex.participa.report.application.ReportReader;
import co.gov.icetex.participa.report.application.ReportSummary;
import co.gov.icetex.participa.report.application.ReportXlsx;
import co.gov.icetex.participa.shared.rest.ApiError;
import co.gov.icetex.participa.shared.rest.ContentDisposition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/v1/consultations/{slug}/report}: the latest published response report of a
 * consultation (or {@code ?version=n}), as JSON by default, or CSV, XLSX or PDF chosen by {@code
 * ?format=} (which wins) or by the {@code Accept} header. Every format streams from the frozen
 * report.
 */
@Path("/v1/consultations/{slug}/report")
@RequestScoped
public class ReportResource {

  @Inject ReportReader reader;
  @Inject ReportJson json;
  @Inject ReportCsv csv;
  @Inject ReportXlsx xlsx;
  @Inject ReportPdf pdf;

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.WILDCARD)
  public Response get(
      @PathParam("slug") String slug,
      @QueryParam("format") String format,
      @QueryParam("version") String version) {
    Integer number = null;
    if (version != null && !version.isBlank()) {
      try {
        number = Integer.valueOf(version.strip());
      } catch (NumberFormatException e) {
        return ApiError.response(Response.Status.BAD_REQUEST, "api.error.reportVersion");
      }
    }
    ReportFormat chosen;
    if (format != null && !format.isBlank()) {
      Optional<ReportFormat> named = ReportFormat.named(format);
      if (named.isEmpty()) {
        return ApiError.response(Response.Status.BAD_REQUEST, "api.error.reportFormat");
      }
      chosen = named.get();
    } else {
      chosen = negotiate(headers.getAcceptableMediaTypes());
      if (chosen == null) {
        return ApiError.response(Response.Status.NOT_ACCEPTABLE, "api.error.reportFormat");
      }
    }
    Optional<ReportSummary> found = reader.find(slug, number);
    if (found.isEmpty()) {
      return ApiError.response(Response.Status.NOT_FOUND, "api.error.reportNotFound");
    }
    ReportSummary report = found.get();
    String self = uri.getAbsolutePath().toString();
    StreamingOutput body =
        out -> {
          switch (chosen) {
            case JSON -> json.write(report, self, out);
            case CSV -> csv.write(report, out);
            case XLSX -> xlsx.write(report, out);
            case PDF -> pdf.write(report, out);
          }
        };
    String type =
        chosen.mediaType()
            + (chosen == ReportFormat.JSON || chosen == ReportFormat.CSV ? ";charset=UTF-8" : "");
    var response =
        Response.ok(body, type)
            .header("X-Content-Type-Options", "nosniff")
            .header("Vary", "Accept");
    if (chosen != ReportFormat.JSON) {
      response.header(
          "Content-Disposition",
          ContentDisposition.attachment(report.fileName(chosen.extension())));
    }
    // A named version never changes; "the latest" changes when a new version is published.
    response.header(
        "Cache-Control",
        number != null ? "public, max-age=86400, immutable" : "public, max-age=60");
    return response.build();
  }

  /**
   * The first format the client accepts, in its order of preference; JSON for anything (or
   * nothing).
   */
  static ReportFormat negotiate(List<MediaType> acceptable) {
    if (acceptable == null || acceptable.isEmpty()) {
      return ReportFormat.JSON;
    }
    for (MediaType wanted : acceptable) {
      if (wanted.isWildcardType()) {
        return ReportFormat.JSON;
      }
      for (ReportFormat f : ReportFormat.values()) {
        if (wanted.isCompatible(MediaType.valueOf(f.mediaType()))) {
          return f;
        }
      }
    }
    return null;
  }
}
