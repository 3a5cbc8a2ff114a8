package co.gov.icetex.participa.statistics.rest;

import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.shared.paging.Filters;
import co.gov.icetex.participa.shared.rest.ApiError;
import co.gov.icetex.participa.statistics.StatisticsFilter;
import co.gov.icetex.participa.statistics.StatisticsService;
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

/** Participation statistics; the same figures as CSV are the statistics dataset. */
@Path("/v1/statistics")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(
    name = "Estadísticas",
    description = "Participación por tipo de consulta, grupo, departamento, canal y vigencia")
public class StatisticsResource {

  @Inject StatisticsService statistics;

  @GET
  @Operation(
      summary = "Estadísticas de participación",
      description =
          "Observaciones recibidas en consultas publicadas (sin las rechazadas como spam) por tipo de consulta, "
              + "grupo de interés, departamento, canal y vigencia, y respuestas publicadas a tiempo. En CSV: "
              + "/api/v1/datasets/statistics.csv con los mismos filtros.")
  @APIResponse(
      responseCode = "200",
      description = "Las cifras",
      content = @Content(schema = @Schema(implementation = StatisticsJson.class)))
  @APIResponse(responseCode = "400", description = "Un filtro no es válido")
  public Response get(
      @Parameter(description = "Vigencia de las consultas, p. ej. 2020") @QueryParam("year")
          String year,
      @Parameter(description = "Tipo de consulta, p. ej. PAAC") @QueryParam("type") String type) {
    Integer parsedYear = Filters.parse(year, Integer::valueOf);
    ConsultationType parsedType = Filters.parse(type, ConsultationType::valueOf);
    if (Filters.unparsable(year, parsedYear) || Filters.unparsable(type, parsedType)) {
      return ApiError.response(Response.Status.BAD_REQUEST, "api.error.statisticsFilter");
    }
    return Response.ok(
            StatisticsJson.of(statistics.compute(new StatisticsFilter(parsedYear, parsedType))))
        .build();
  }
}
