package co.gov.icetex.participa.opendata.rest;

import co.gov.icetex.participa.opendata.PublishedAnswer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The API's JSON shapes for published answers; built only from {@link PublishedAnswer}, so never
 * personal data.
 */
public final class AnswerJson {

  private AnswerJson() {}

  @Schema(
      name = "PublishedAnswerPart",
      description =
          "La parte del documento observada; nulo si la observación es sobre todo el documento.")
  public record Part(Long id, String label) {}

  @Schema(name = "Answer", description = "La respuesta publicada.")
  public record Answer(
      @Schema(description = "ACCEPTED, PARTIALLY_ACCEPTED, NOT_ACCEPTED o NOT_APPLICABLE")
          String outcome,
      String text,
      @Schema(description = "Dependencia que respondió") String office,
      Instant publishedAt) {}

  @Schema(
      name = "PublishedAnswer",
      description =
          "Una observación con su respuesta publicada. Sin correo; "
              + "author es nulo si la persona no autorizó mostrar su nombre; el texto oculta correos, teléfonos y documentos.")
  public record Item(
      String trackingCode,
      String consultation,
      String consultationTitle,
      int year,
      String consultationType,
      Part part,
      Instant receivedAt,
      String stakeholderGroup,
      String department,
      String channel,
      String author,
      String text,
      Answer answer,
      LocalDate dueDate,
      boolean onTime,
      String url,
      @Schema(
              description =
                  "Observaciones que representa esta fila: 1, o el tamaño de la campaña de mensajes iguales que encabeza")
          int observationCount,
      @Schema(
              description =
                  "Códigos de seguimiento de las demás observaciones de la campaña (vacío si no encabeza una)")
          List<String> campaignMembers) {

    public static Item of(PublishedAnswer a) {
      return new Item(
          a.trackingCode(),
          a.consultationSlug(),
          a.consultationTitle(),
          a.consultationYear(),
          a.consultationType(),
          a.partId() == null ? null : new Part(a.partId(), a.partLabel()),
          a.receivedAt(),
          a.stakeholderGroup(),
          a.departmentCode(),
          a.channel(),
          a.author(),
          a.text(),
          new Answer(a.outcome(), a.answerText(), a.office(), a.publishedAt()),
          a.dueDate(),
          a.onTime(),
          "/" + a.partUrl(),
          a.observationCount(),
          a.campaignMembers());
    }
  }

  @Schema(name = "PublishedAnswerPage")
  public record Page(List<Item> items, long total, int page, int size) {}
}
