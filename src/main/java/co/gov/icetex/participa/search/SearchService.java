package co.gov.icetex.participa.search;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.opendata.PublishedAnswer;
import co.gov.icetex.participa.opendata.PublishedAnswers;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.paging.Paged;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Searches what is public. Every word of the query must occur (accents folded) in an entry's title
 * or text. Results are listed consultations first, then parts, then published answers; within each
 * kind, entries whose title holds every word come first, then the newest consultations, in document
 * order.
 */
@ApplicationScoped
public class SearchService {

  static final int EXCERPT = 240;

  @PersistenceContext EntityManager em;
  @Inject SearchIndex index;
  @Inject PublishedAnswers answers;
  @Inject AppClock clock;

  /**
   * @throws Refusal {@code search.error.tooShort} when the query has fewer than two letters or
   *     digits
   */
  public SearchResults search(String query, int page, int size) {
    List<String> terms = SearchText.terms(query);
    if (terms.isEmpty()) {
      throw Refusal.of(Reason.BAD_REQUEST, "search.error.tooShort", SearchText.MIN_QUERY);
    }
    index.refresh();
    return find(query.strip(), terms, page, size);
  }

  /** Read-only queries with everything fetched in them; no transaction is needed. */
  private SearchResults find(String query, List<String> terms, int page, int size) {
    String where = where(terms);
    Map<SearchKind, Long> totals = new EnumMap<>(SearchKind.class);
    @SuppressWarnings("unchecked")
    List<Object[]> counts =
        bind(
                em.createNativeQuery(
                    "SELECT e.kind, COUNT(*) FROM search_entry e" + where + " GROUP BY e.kind"),
                terms,
                1)
            .getResultList();
    counts.forEach(r -> totals.put(SearchKind.valueOf((String) r[0]), ((Number) r[1]).longValue()));
    long total = totals.values().stream().mapToLong(Long::longValue).sum();

    String titleMatch =
        String.join(" AND ", terms.stream().map(t -> "e.title_folded LIKE ?").toList());
    String sql =
        "SELECT e.kind, e.target_id FROM search_entry e"
            + where
            + " ORDER BY CASE e.kind WHEN 'CONSULTATION' THEN 0 WHEN 'PART' THEN 1 ELSE 2 END,"
            + " CASE WHEN "
            + titleMatch
            + " THEN 0 ELSE 1 END, e.consultation_id DESC, e.position, e.target_id"
            + " LIMIT ? OFFSET ?";
    Query q = bind(em.createNativeQuery(sql), terms, 1);
    int next = 1 + terms.size() * 2;
    for (String t : terms) {
      q.setParameter(next++, SearchText.containsPattern(t));
    }
    q.setParameter(next++, size);
    q.setParameter(next, (page - 1) * size);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    return new SearchResults(query, new Paged<>(hydrate(rows, terms), total, page, size), totals);
  }

  private static String where(List<String> terms) {
    return " WHERE "
        + String.join(
            " AND ",
            terms.stream().map(t -> "(e.title_folded LIKE ? OR e.text_folded LIKE ?)").toList());
  }

  private static Query bind(Query q, List<String> terms, int first) {
    int n = first;
    for (String t : terms) {
      q.setParameter(n++, SearchText.containsPattern(t));
      q.setParameter(n++, SearchText.containsPattern(t));
    }
    return q;
  }

  /** Reads what each result shows from the live tables, keeping the ranked order. */
  private List<SearchHit> hydrate(List<Object[]> rows, List<String> terms) {
    Map<SearchKind, List<Long>> ids = new EnumMap<>(SearchKind.class);
    for (Object[] r : rows) {
      ids.computeIfAbsent(SearchKind.valueOf((String) r[0]), k -> new ArrayList<>())
          .add(((Number) r[1]).longValue());
    }
    Map<String, SearchHit> byKey = new HashMap<>();
    Instant now = clock.now();
    for (Consultation c :
        load(
            "SELECT c FROM Consultation c WHERE c.published = TRUE AND c.id IN :ids",
            Consultation.class,
            ids.get(SearchKind.CONSULTATION))) {
      byKey.put(
          key(SearchKind.CONSULTATION, c.getId()),
          new SearchHit(
              SearchKind.CONSULTATION,
              c.getSlug(),
              c.getTitle(),
              null,
              c.getTitle(),
              SearchText.excerpt(c.getSummary(), terms, EXCERPT),
              "consulta?c=" + c.getSlug(),
              null,
              c.phaseAt(now),
              c.getWindow() == null ? null : c.getWindow().getClosesAt()));
    }
    for (ConsultationPart p :
        load(
            "SELECT p FROM ConsultationPart p JOIN FETCH p.consultation c WHERE c.published = TRUE AND p.id IN :ids",
            ConsultationPart.class,
            ids.get(SearchKind.PART))) {
      var c = p.getConsultation();
      String text =
          p.getBody() != null
              ? p.getBody()
              : String.join(
                  " · ", p.getFields().stream().map(f -> f.label() + ": " + f.value()).toList());
      byKey.put(
          key(SearchKind.PART, p.getId()),
          new SearchHit(
              SearchKind.PART,
              c.getSlug(),
              c.getTitle(),
              p.getId(),
              p.getLabel(),
              SearchText.excerpt(text, terms, EXCERPT),
              "consulta?c=" + c.getSlug() + "#parte-" + p.getId(),
              null,
              c.phaseAt(now),
              c.getWindow() == null ? null : c.getWindow().getClosesAt()));
    }
    List<Long> answerIds = ids.getOrDefault(SearchKind.ANSWER, List.of());
    for (Map.Entry<Long, PublishedAnswer> e : answers.ofObservations(answerIds).entrySet()) {
      PublishedAnswer a = e.getValue();
      byKey.put(
          key(SearchKind.ANSWER, e.getKey()),
          new SearchHit(
              SearchKind.ANSWER,
              a.consultationSlug(),
              a.consultationTitle(),
              a.partId(),
              a.partLabel(),
              SearchText.excerpt(a.text(), terms, EXCERPT),
              a.partUrl(),
              a,
              null,
              null));
    }
    // An entry whose source stopped being public since the last refresh is simply left out.
    return rows.stream()
        .map(r -> byKey.get(key(SearchKind.valueOf((String) r[0]), ((Number) r[1]).longValue())))
        .filter(Objects::nonNull)
        .toList();
  }

  private <T> List<T> load(String jpql, Class<T> type, List<Long> ids) {
    return ids == null || ids.isEmpty()
        ? List.of()
        : em.createQuery(jpql, type).setParameter("ids", ids).getResultList();
  }

  private static String key(SearchKind kind, long id) {
    return kind + ":" + id;
  }
}
