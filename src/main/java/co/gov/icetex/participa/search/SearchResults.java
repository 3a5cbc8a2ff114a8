package co.gov.icetex.participa.search;

import co.gov.icetex.participa.shared.paging.Paged;
import java.util.List;
import java.util.Map;

/** One page of results for a query, with how many results of each kind there are in all. */
public record SearchResults(String query, Paged<SearchHit> hits, Map<SearchKind, Long> totals) {

  public List<SearchHit> of(SearchKind kind) {
    return hits.items().stream().filter(h -> h.kind() == kind).toList();
  }

  public long total(SearchKind kind) {
    return totals.getOrDefault(kind, 0L);
  }
}
