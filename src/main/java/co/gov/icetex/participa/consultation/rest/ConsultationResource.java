package co.gov.icetex.participa.consultation.rest;

import co.gov.icetex.participa.consultation.application.CatalogFilter;
import co.gov.icetex.participa.consultation.application.ConsultationCatalog;
import co.gov.icetex.participa.consultation.application.FileDownload;
import co.gov.icetex.participa.consultation.application.FinalVersionLinks;
import co.gov.icetex.participa.consultation.domain.ConsultationPhase;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.shared.rest.ApiError;
import co.gov.icetex.participa.shared.rest.ContentDisposition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Function;

/** Published consultations, their documents and files, read-only and public. */
@Path("/v1/consultations")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class ConsultationResource {

  @Inject ConsultationCatalog catalog;
  @Inject FinalVersionLinks finalVersions;

  @GET
  public Response list(
      @QueryParam("state") String state,
      @QueryParam("type") String type,
      @QueryParam("year") String year) {
    ConsultationPhase phase = parse(state, ConsultationPhase::valueOf);
    ConsultationType consultationType = parse(type, ConsultationType::valueOf);
    Integer vigencia = parse(year, Integer::valueOf);
    if (unparsable(state, phase)
        || unparsable(type, consultationType)
        || unparsable(year, vigencia)) {
      return ApiError.response(Response.Status.BAD_REQUEST, "api.error.filter");
    }
    var items =
        catalog.list(new CatalogFilter(phase, consultationType, vigencia)).stream()
            .map(ConsultationJson.Item::of)
            .toList();
    return Response.ok(new ConsultationJson.Page(items, items.size())).build();
  }

  @GET
  @Path("{slug}")
  public Response get(@PathParam("slug") String slug) {
    return catalog
        .document(slug)
        .map(
            d ->
                Response.ok(
                        ConsultationJson.Detail.of(
                            d,
                            finalVersions
                                .published(slug)
                                .map(ConsultationJson.FinalVersion::of)
                                .orElse(null)))
                    .build())
        .orElseGet(
            () -> ApiError.response(Response.Status.NOT_FOUND, "api.error.consultationNotFound"));
  }

  @GET
  @Path("{slug}/files/{id}")
  @Produces(MediaType.WILDCARD)
  public Response file(@PathParam("slug") String slug, @PathParam("id") long id) {
    return catalog
        .file(slug, id)
        .map(ConsultationResource::download)
        .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND, "api.error.fileNotFound"));
  }

  private static Response download(FileDownload f) {
    return Response.ok(f.content(), f.mediaType())
        .header("Content-Disposition", ContentDisposition.attachment(f.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "public, max-age=300")
        .build();
  }

  private static boolean unparsable(String raw, Object parsed) {
    return raw != null && !raw.isBlank() && parsed == null;
  }

  private static <T> T parse(String value, Function<String, T> parser) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parser.apply(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
