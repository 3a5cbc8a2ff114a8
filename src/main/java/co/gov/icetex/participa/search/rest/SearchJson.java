package co.gov.icetex.participa.search.rest;

import co.gov.icetex.participa.opendata.rest.AnswerJson;
import co.gov.icetex.participa.search.SearchHit;
import co.gov.icetex.participa.search.SearchKind;
import co.gov.icetex.participa.search.SearchResults;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's JSON shape for search results. */
@Schema(
    name = "SearchPage",
    description = "Una página de resultados: consultas, luego partes, luego respuestas publicadas.")
public record SearchJson(
    String query, List<Item> items, long total, int page, int size, Map<String, Long> totals) {

  @Schema(
      name = "SearchItem",
      description = "Un resultado; url lleva a la consulta o al ancla exacta de la parte.")
  public record Item(
      @Schema(description = "CONSULTATION, PART o ANSWER") String type,
      String consultation,
      String consultationTitle,
      Long partId,
      String title,
      String excerpt,
      String url,
      @Schema(description = "Solo para type = ANSWER") AnswerJson.Item answer) {

    static Item of(SearchHit h) {
      return new Item(
          h.kind().name(),
          h.consultationSlug(),
          h.consultationTitle(),
          h.partId(),
          h.title(),
          h.excerpt(),
          "/" + h.url(),
          h.answer() == null ? null : AnswerJson.Item.of(h.answer()));
    }
  }

  public static SearchJson of(SearchResults r) {
    Map<String, Long> totals =
        java.util.Arrays.stream(SearchKind.values())
            .collect(
                Collectors.toMap(
                    SearchKind::name, r::total, (a, b) -> a, java.util.LinkedHashMap::new));
    return new SearchJson(
        r.query(),
        r.hits().items().stream().map(Item::of).toList(),
        r.hits().total(),
        r.hits().page(),
        r.hits().size(),
        totals);
  }
}
