package co.gov.icetex.participa.opendata.rest;

import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.opendata.Dataset;
import co.gov.icetex.participa.opendata.DatasetService;
import co.gov.icetex.participa.opendata.DatasetWriter;
import co.gov.icetex.participa.shared.paging.Filters;
import co.gov.icetex.participa.shared.rest.ApiError;
import co.gov.icetex.participa.shared.rest.ContentDisposition;
import co.gov.icetex.participa.statistics.StatisticsFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The open datasets as files: {@code consultations}, {@code parts}, {@code answers} and {@code
 * statistics}, each as CSV and JSON, and each one's data dictionary as CSV. {@code year} and {@code
 * type} narrow the answers and statistics datasets (the CSV link of /estadisticas uses them).
 */
@Path("/v1/datasets")
@RequestScoped
@Tag(
    name = "Datos abiertos",
    description = "Conjuntos de datos en CSV y JSON con su diccionario de datos")
public class DatasetResource {

  static final String CSV = "text/csv;charset=UTF-8";

  @Inject DatasetService datasets;

  /** One dataset in the catalogue. */
  public record Entry(
      String name, String title, String description, String csv, String json, String dictionary) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(
      summary = "Catálogo de conjuntos de datos",
      description = "Los conjuntos de datos y las direcciones de sus archivos.")
  public List<Entry> catalogue() {
    return java.util.Arrays.stream(Dataset.values())
        .map(
            d ->
                new Entry(
                    d.slug(),
                    d.title(),
                    d.description(),
                    "/api/v1/datasets/" + d.slug() + ".csv",
                    "/api/v1/datasets/" + d.slug() + ".json",
                    "/api/v1/datasets/" + d.slug() + "/dictionary.csv"))
        .toList();
  }

  // The file methods declare no @Produces: the extension in the URL chooses the format, whatever
  // the
  // client's Accept header says (a script asking for JSON still gets the .csv it named).
  @GET
  @Path("{name}.csv")
  @Operation(
      summary = "Un conjunto de datos en CSV",
      description = "RFC 4180, UTF-8 sin BOM, separado por comas, con fila de encabezados.")
  @APIResponse(responseCode = "200", description = "El archivo CSV")
  @APIResponse(responseCode = "404", description = "No existe ese conjunto de datos")
  public Response csv(
      @Parameter(description = "consultations, parts, answers o statistics") @PathParam("name")
          String name,
      @Parameter(description = "Vigencia (answers y statistics)") @QueryParam("year") String year,
      @Parameter(description = "Tipo de consulta (answers y statistics)") @QueryParam("type")
          String type) {
    return file(name, year, type, "csv", CSV, rows -> out -> DatasetWriter.csv(rows, out));
  }

  @GET
  @Path("{name}.json")
  @Operation(
      summary = "Un conjunto de datos en JSON",
      description =
          "{\"dataset\",\"columns\":[{\"name\",\"type\",\"description\"}],\"items\":[…],\"total\"}")
  @APIResponse(responseCode = "200", description = "El archivo JSON")
  @APIResponse(responseCode = "404", description = "No existe ese conjunto de datos")
  public Response json(
      @Parameter(description = "consultations, parts, answers o statistics") @PathParam("name")
          String name,
      @Parameter(description = "Vigencia (answers y statistics)") @QueryParam("year") String year,
      @Parameter(description = "Tipo de consulta (answers y statistics)") @QueryParam("type")
          String type) {
    return file(
        name,
        year,
        type,
        "json",
        MediaType.APPLICATION_JSON + ";charset=UTF-8",
        rows -> out -> DatasetWriter.json(rows, out));
  }

  @GET
  @Path("{name}/dictionary.csv")
  @Operation(
      summary = "Diccionario de datos de un conjunto",
      description = "Una fila por columna: nombre, tipo y descripción.")
  @APIResponse(responseCode = "200", description = "El diccionario en CSV")
  @APIResponse(responseCode = "404", description = "No existe ese conjunto de datos")
  public Response dictionary(
      @Parameter(description = "consultations, parts, answers o statistics") @PathParam("name")
          String name) {
    return Dataset.ofSlug(name)
        .map(
            d ->
                Response.ok((StreamingOutput) out -> DatasetWriter.dictionaryCsv(d, out), CSV)
                    .header(
                        "Content-Disposition",
                        ContentDisposition.attachment("diccionario-" + d.slug() + ".csv"))
                    .build())
        .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND, "api.error.datasetNotFound"));
  }

  private Response file(
      String name,
      String year,
      String type,
      String extension,
      String mediaType,
      Function<co.gov.icetex.participa.opendata.DatasetRows, StreamingOutput> writer) {
    var dataset = Dataset.ofSlug(name);
    if (dataset.isEmpty()) {
      return ApiError.response(Response.Status.NOT_FOUND, "api.error.datasetNotFound");
    }
    Integer parsedYear = Filters.parse(year, Integer::valueOf);
    ConsultationType parsedType = Filters.parse(type, ConsultationType::valueOf);
    if (Filters.unparsable(year, parsedYear) || Filters.unparsable(type, parsedType)) {
      return ApiError.response(Response.Status.BAD_REQUEST, "api.error.statisticsFilter");
    }
    // Rows are read before the response starts, so a database error is a clean 500, not a cut file.
    var rows = datasets.rows(dataset.get(), new StatisticsFilter(parsedYear, parsedType));
    String fileName =
        dataset.get().slug()
            + (parsedYear == null ? "" : "-" + parsedYear)
            + (parsedType == null ? "" : "-" + parsedType.name())
            + "."
            + extension;
    return Response.ok(writer.apply(rows), mediaType)
        .header("Content-Disposition", ContentDisposition.attachment(fileName))
        .build();
  }
}
