package co.gov.icetex.participa.shared.abuse;

import static co.gov.icetex.participa.shared.InstantConverter.utc;

import co.gov.icetex.participa.shared.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Counts limited actions in the database ({@code rate_limit_hit}), so that every instance of a
 * cluster applies one limit, and a restart forgets nothing. Counting stops at the limit ({@code
 * LIMIT max}), so a flood from one subject costs at most {@code max} index rows per check, however
 * long it lasts.
 *
 * <p>Two requests of one subject at the same moment may both pass the last free use: these limits
 * bound abuse, they are not quotas, and one extra use is cheaper than a lock on every check.
 */
@ApplicationScoped
public class RateLimiter {

  /**
   * Rows older than this are purged ({@link AbuseRecordsPurge}); no limit may look further back.
   */
  static final Duration LONGEST_WINDOW = Duration.ofDays(1);

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;

  /** Whether {@code subject} may still act now (nothing is counted). */
  @Transactional
  public boolean allows(RateLimit limit, String subject) {
    return recentHits(limit, subject, clock.now()).size() < limit.max();
  }

  /**
   * Counts one use when {@code subject} is under the limit; answers whether it was. Joins the
   * caller's transaction, so a use that is rolled back (a refused submission) is not counted
   * either.
   */
  @Transactional
  public boolean tryAcquire(RateLimit limit, String subject) {
    Instant now = clock.now();
    if (recentHits(limit, subject, now).size() >= limit.max()) {
      return false;
    }
    insert(limit, subject, now);
    return true;
  }

  /**
   * Counts one use whatever happens to the caller's transaction (a failed lookup is counted even
   * though the lookup itself changes nothing).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void record(RateLimit limit, String subject) {
    insert(limit, subject, clock.now());
  }

  /** How long until {@code subject} may act again; zero when it may now. */
  @Transactional
  public Duration retryAfter(RateLimit limit, String subject) {
    Instant now = clock.now();
    List<Instant> hits = recentHits(limit, subject, now);
    if (hits.size() < limit.max()) {
      return Duration.ZERO;
    }
    // The window frees a use when the oldest of the last max hits leaves it.
    Instant freed = hits.get(hits.size() - limit.max()).plus(limit.window());
    Duration wait = Duration.between(now, freed);
    return wait.isNegative() ? Duration.ZERO : wait.plusSeconds(1);
  }

  /** The newest {@code max} hits within the window, oldest first. */
  private List<Instant> recentHits(RateLimit limit, String subject, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "SELECT at FROM rate_limit_hit WHERE bucket = ? AND subject = ? AND at >= ? ORDER BY at DESC LIMIT ?")
            .setParameter(1, limit.bucket())
            .setParameter(2, subject)
            .setParameter(3, utc(now.minus(limit.window())))
            .setParameter(4, limit.max())
            .getResultList();
    return rows.stream().map(RateLimiter::instant).sorted().toList();
  }

  private void insert(RateLimit limit, String subject, Instant now) {
    em.createNativeQuery("INSERT INTO rate_limit_hit (bucket, subject, at) VALUES (?, ?, ?)")
        .setParameter(1, limit.bucket())
        .setParameter(2, subject)
        .setParameter(3, utc(now))
        .executeUpdate();
  }

  /** Deletes hits no limit can look at any more; at most {@code batch} rows per call. */
  @Transactional(TxType.REQUIRES_NEW)
  int purge(int batch) {
    return em.createNativeQuery("DELETE FROM rate_limit_hit WHERE at < ? LIMIT ?")
        .setParameter(1, utc(clock.now().minus(LONGEST_WINDOW)))
        .setParameter(2, batch)
        .executeUpdate();
  }

  /** A UTC DATETIME read by a native query (the driver gives its wall-clock value either way). */
  private static Instant instant(Object value) {
    LocalDateTime utc = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    return utc.toInstant(ZoneOffset.UTC);
  }
}
