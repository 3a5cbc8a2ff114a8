package co.gov.icetex.participa.opendata.rest;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.opendata.AnswerFilter;
import co.gov.icetex.participa.opendata.PublishedAnswers;
import co.gov.icetex.participa.shared.paging.Filters;
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

/** Published answers, one item per answered observation, newest first, paged and filtered. */
@Path("/v1/answers")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Respuestas", description = "Respuestas publicadas a las observaciones ciudadanas")
public class AnswerResource {

  @Inject PublishedAnswers answers;

  @GET
  @Operation(
      summary = "Respuestas publicadas",
      description =
          "Una fila por observación respondida y publicada, las más recientes primero. Nunca incluye "
              + "correos; el nombre solo si la persona lo autorizó; el texto oculta correos, teléfonos y documentos.")
  @APIResponse(
      responseCode = "200",
      description = "Una página de respuestas",
      content = @Content(schema = @Schema(implementation = AnswerJson.Page.class)))
  @APIResponse(responseCode = "400", description = "Un filtro o la paginación no son válidos")
  public Response list(
      @Parameter(description = "Identificador (slug) de la consulta, p. ej. paac-2020")
          @QueryParam("consultation")
          String consultation,
      @Parameter(description = "ACCEPTED, PARTIALLY_ACCEPTED, NOT_ACCEPTED o NOT_APPLICABLE")
          @QueryParam("outcome")
          String outcome,
      @Parameter(description = "Vigencia de la consulta, p. ej. 2020") @QueryParam("year")
          String year,
      @Parameter(description = "Tipo de consulta, p. ej. PAAC") @QueryParam("type") String type,
      @Parameter(description = "Página, desde 1") @QueryParam("page") String page,
      @Parameter(description = "Tamaño de página, de 1 a 100 (20 si se omite)") @QueryParam("size")
          String size) {
    var paging = Paging.parse(page, size);
    if (paging.isEmpty()) {
      return ApiError.response(Response.Status.BAD_REQUEST, "api.error.paging", 100);
    }
    AnswerOutcome parsedOutcome = Filters.parse(outcome, AnswerOutcome::valueOf);
    Integer parsedYear = Filters.parse(year, Integer::valueOf);
    ConsultationType parsedType = Filters.parse(type, ConsultationType::valueOf);
    if (Filters.unparsable(outcome, parsedOutcome)
        || Filters.unparsable(year, parsedYear)
        || Filters.unparsable(type, parsedType)) {
      return ApiError.response(Response.Status.BAD_REQUEST, "api.error.answerFilter");
    }
    String slug = consultation == null || consultation.isBlank() ? null : consultation.strip();
    var result =
        answers.page(
            new AnswerFilter(slug, parsedOutcome, parsedYear, parsedType),
            paging.get().page(),
            paging.get().size());
    return Response.ok(
            new AnswerJson.Page(
                result.items().stream().map(AnswerJson.Item::of).toList(),
                result.total(),
                result.page(),
                result.size()))
        .build();
  }
}
