package co.gov.icetex.participa.statistics.rest;

import co.gov.icetex.participa.statistics.Count;
import co.gov.icetex.participa.statistics.Dimension;
import co.gov.icetex.participa.statistics.ParticipationStatistics;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's JSON shape for the statistics: counts only, never anything about a person. */
@Schema(
    name = "Statistics",
    description =
        "Participación: observaciones recibidas (sin spam) y respuestas publicadas a tiempo.")
public record StatisticsJson(
    Filters filters,
    long observations,
    List<Item> byType,
    List<Item> byGroup,
    List<Item> byDepartment,
    List<Item> byChannel,
    List<Item> byYear,
    Answers answers,
    @Schema(
            description =
                "De las observaciones, cuántas llegaron en campañas de mensajes iguales o casi iguales.")
        long inCampaigns) {

  public record Filters(Integer year, String type) {}

  @Schema(name = "StatisticsItem")
  public record Item(String code, String label, long count, int percent) {
    static List<Item> of(List<Count> counts) {
      return counts.stream()
          .map(c -> new Item(c.code(), c.label(), c.value(), c.percent()))
          .toList();
    }
  }

  @Schema(
      name = "StatisticsAnswers",
      description = "Observaciones con respuesta publicada y cuántas a tiempo.")
  public record Answers(long published, long onTime, int onTimePercent) {}

  public static StatisticsJson of(ParticipationStatistics s) {
    return new StatisticsJson(
        new Filters(s.filter().year(), s.filter().type() == null ? null : s.filter().type().name()),
        s.observations(),
        Item.of(s.by(Dimension.TYPE)),
        Item.of(s.by(Dimension.GROUP)),
        Item.of(s.by(Dimension.DEPARTMENT)),
        Item.of(s.by(Dimension.CHANNEL)),
        Item.of(s.by(Dimension.YEAR)),
        new Answers(s.answered(), s.onTime(), s.onTimePercent()),
        s.inCampaigns());
  }
}
