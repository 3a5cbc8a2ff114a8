package co.gov.icetex.participa.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the folded copies in {@code search_entry} in step with what is public, without any other
 * feature having to call it: before each search it reads one signature per published consultation
 * from the live tables (its version, last change and its published answers) and rebuilds the
 * entries of those whose signature changed since they were indexed, and drops those no longer
 * public. All of it is in the database, so every instance sees the same index and a change is
 * searchable on the next query.
 *
 * <p>Scale: the signature query reads one row per published consultation (tens to hundreds) through
 * the answer index; a rebuild costs one consultation's parts and answers (hundreds of rows).
 * Matching is a LIKE over the folded texts, a scan of {@code search_entry}: fine for tens of
 * thousands of entries (the portal's scale for years); beyond that, a FULLTEXT index or an external
 * engine would be the next step.
 */
@ApplicationScoped
public class SearchIndex {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

  @PersistenceContext EntityManager em;
  @Inject SearchIndexWriter writer;

  /** Brings the index up to date; each stale consultation is rebuilt in its own transaction. */
  @Transactional(TxType.NOT_SUPPORTED)
  public void refresh() {
    Map<Long, String> live = liveSignatures();
    Map<Long, String> indexed = indexedSignatures();
    for (var e : live.entrySet()) {
      if (!e.getValue().equals(indexed.get(e.getKey()))) {
        try {
          writer.rebuild(e.getKey(), e.getValue());
        } catch (RuntimeException ex) {
          // Another instance rebuilding the same consultation at the same moment; its result will
          // do.
          LOG.log(
              Level.FINE, "Search entries of consultation " + e.getKey() + " not rebuilt here", ex);
        }
      }
    }
    var gone = new HashSet<>(indexed.keySet());
    gone.removeAll(live.keySet());
    gone.forEach(writer::drop);
  }

  private Map<Long, String> liveSignatures() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.id, CAST(CONCAT(c.version, '/', c.content_version, '/', c.updated_at, '/',"
                    + " COUNT(a.id), '/', COALESCE(MAX(a.published_at), '-'), '/', COALESCE(SUM(a.version), 0)) AS CHAR)"
                    + " FROM consultation c LEFT JOIN answer a ON a.consultation_id = c.id AND a.status = 'PUBLISHED'"
                    + " WHERE c.published = TRUE"
                    + " GROUP BY c.id, c.version, c.content_version, c.updated_at")
            .getResultList();
    Map<Long, String> signatures = new HashMap<>();
    rows.forEach(r -> signatures.put(((Number) r[0]).longValue(), text(r[1])));
    return signatures;
  }

  /** A CONCAT of numbers and dates may come back as bytes, depending on the server and driver. */
  private static String text(Object value) {
    return value instanceof byte[] bytes
        ? new String(bytes, StandardCharsets.UTF_8)
        : String.valueOf(value);
  }

  private Map<Long, String> indexedSignatures() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT consultation_id, signature FROM search_source")
            .getResultList();
    Map<Long, String> signatures = new HashMap<>();
    rows.forEach(r -> signatures.put(((Number) r[0]).longValue(), text(r[1])));
    return signatures;
  }
}
