package co.gov.icetex.participa.opendata.rest;

import co.gov.icetex.participa.consultation.application.ConsultationCatalog;
import co.gov.icetex.participa.opendata.OpenObservations;
import co.gov.icetex.participa.opendata.OpenObservations.Scope;
import co.gov.icetex.participa.shared.paging.Paged;
import co.gov.icetex.participa.shared.paging.Paging;
import co.gov.icetex.participa.shared.rest.ApiError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A consultation's observations in the open, newest first, paged. Same address as the citizens'
 * POST ({@code observation/rest/ObservationResource}); Jersey joins the two resources of one path.
 */
@Path("/v1/consultations/{slug}/observations")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Observaciones", description = "Observaciones ciudadanas")
public class OpenObservationResource {

  @Inject ConsultationCatalog catalog;
  @Inject OpenObservations observations;

  @GET
  @Operation(
      summary = "Observaciones publicables de una consulta",
      description =
          "Las observaciones aceptadas como publicables, las más recientes primero, con su respuesta "
              + "cuando está publicada. Nunca incluye correos; el nombre solo si la persona lo autorizó; el texto oculta "
              + "correos, teléfonos y documentos.")
  @APIResponse(
      responseCode = "200",
      description = "Una página de observaciones",
      content = @Content(schema = @Schema(implementation = OpenObservationJson.Page.class)))
  @APIResponse(responseCode = "400", description = "La parte o la paginación no son válidas")
  @APIResponse(
      responseCode = "404",
      description = "No existe una consulta publicada con ese identificador")
  public Response list(
      @PathParam("slug") String slug,
      @Parameter(
              description =
                  "Una parte (su id), o 'documento' para las observaciones sobre todo el documento; "
                      + "todas si se omite")
          @QueryParam("part")
          String part,
      @Parameter(description = "Página, desde 1") @QueryParam("page") String page,
      @Parameter(description = "Tamaño de página, de 1 a 100 (20 si se omite)") @QueryParam("size")
          String size) {
    var paging = Paging.parse(page, size);
    if (paging.isEmpty()) {
      return ApiError.response(Response.Status.BAD_REQUEST, "api.error.paging", Paged.MAX_SIZE);
    }
    var scope = Scope.parse(part);
    if (scope.isEmpty()) {
      return ApiError.response(Response.Status.BAD_REQUEST, "api.error.observationPart");
    }
    var document = catalog.document(slug).orElse(null);
    if (document == null) {
      return ApiError.response(Response.Status.NOT_FOUND, "api.error.consultationNotFound");
    }
    int p = paging.get().page();
    int s = paging.get().size();
    if (!document.showsObservations()) {
      return Response.ok(new OpenObservationJson.Page(List.of(), 0, p, s, false)).build();
    }
    var result = observations.page(slug, scope.get(), p, s);
    return Response.ok(
            new OpenObservationJson.Page(
                result.items().stream().map(OpenObservationJson.Item::of).toList(),
                result.total(),
                p,
                s,
                true))
        .build();
  }
}
