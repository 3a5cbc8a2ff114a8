package co.gov.icetex.participa.search.rest;

import co.gov.icetex.participa.search.SearchService;
import co.gov.icetex.participa.shared.paging.Paging;
import co.gov.icetex.participa.shared.rest.ApiError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Search across published consultations, their parts and published answers. */
@Path("/v1/search")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Búsqueda", description = "Búsqueda en consultas, partes y respuestas publicadas")
public class SearchResource {

  @Inject SearchService search;

  @GET
  @Operation(
      summary = "Buscar",
      description =
          "Cada palabra debe aparecer en el título o el texto; no distingue mayúsculas ni tildes "
              + "(«anticorrupcion» encuentra «anticorrupción»). Primero consultas, luego partes, luego respuestas; "
              + "dentro de cada grupo, primero las que tienen todas las palabras en el título.")
  @APIResponse(
      responseCode = "200",
      description = "Una página de resultados",
      content = @Content(schema = @Schema(implementation = SearchJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "Consulta de menos de 2 letras o paginación no válida")
  public Response search(
      @Parameter(
              description =
                  "Texto buscado (al menos 2 letras o números; se toman hasta 200 caracteres y 8 palabras)",
              required = true)
          @QueryParam("q")
          String q,
      @Parameter(description = "Página, desde 1") @QueryParam("page") String page,
      @Parameter(description = "Tamaño de página, de 1 a 100 (20 si se omite)") @QueryParam("size")
          String size) {
    var paging = Paging.parse(page, size);
    if (paging.isEmpty()) {
      return ApiError.response(Response.Status.BAD_REQUEST, "api.error.paging", 100);
    }
    // A query too short is a Refusal (BAD_REQUEST): the exception mapper answers it, as 400.
    return Response.ok(SearchJson.of(search.search(q, paging.get().page(), paging.get().size())))
        .build();
  }
}
