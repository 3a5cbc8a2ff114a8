package co.gov.icetex.participa.opendata.rest;

import co.gov.icetex.participa.opendata.OpenObservation;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The API's JSON shapes for observations in the open: the answers API's item ({@link
 * AnswerJson.Item}) for the observation, with {@code answer} null until the answer is published;
 * built only from {@link OpenObservation}, so never personal data.
 */
public final class OpenObservationJson {

  private OpenObservationJson() {}

  @Schema(
      name = "OpenObservation",
      description =
          "Una observación aceptada como publicable. Sin correo; author es "
              + "nulo si la persona no autorizó mostrar su nombre; el texto oculta correos, teléfonos y documentos; "
              + "answer es nulo hasta que se publique la respuesta.")
  public record Item(
      String trackingCode,
      String consultation,
      String consultationTitle,
      int year,
      String consultationType,
      AnswerJson.Part part,
      Instant receivedAt,
      String stakeholderGroup,
      String department,
      String channel,
      String author,
      String text,
      AnswerJson.Answer answer,
      String url,
      @Schema(
              description =
                  "Observaciones que representa esta entrada: 1, o el tamaño de la campaña de mensajes iguales que encabeza")
          int observationCount,
      @Schema(
              description =
                  "Códigos de seguimiento de las demás observaciones de la campaña (vacío si no encabeza una)")
          List<String> campaignMembers) {

    public static Item of(OpenObservation o) {
      var a = o.answer();
      return new Item(
          o.trackingCode(),
          o.consultationSlug(),
          o.consultationTitle(),
          o.consultationYear(),
          o.consultationType(),
          o.partId() == null ? null : new AnswerJson.Part(o.partId(), o.partLabel()),
          o.receivedAt(),
          o.stakeholderGroup(),
          o.departmentCode(),
          o.channel(),
          o.author(),
          o.text(),
          a == null
              ? null
              : new AnswerJson.Answer(a.outcome(), a.answerText(), a.office(), a.publishedAt()),
          "/" + o.partUrl(),
          o.observationCount(),
          o.campaignMembers());
    }
  }

  @Schema(
      name = "OpenObservationPage",
      description =
          "shown es falso cuando el personal desactivó mostrar las "
              + "observaciones de esta consulta antes del informe; items va entonces vacío.")
  public record Page(List<Item> items, long total, int page, int size, boolean shown) {}
}
