package co.gov.icetex.participa.campaign.application;

import co.gov.icetex.participa.campaign.domain.CandidateIndex;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The candidate indexes of the consultations this instance grouped last, kept between batches and
 * rounds so that a batch does not read its consultation's fingerprints again. The database stays
 * the truth: an index is kept with the grouping version ({@code campaign_lock.version}) it reflects
 * and used only by the batch that finds the version it left, i.e. when nothing grouped or split off
 * in that consultation since, on this instance or another; any other batch reads the fingerprints
 * again. An index is taken out while a batch uses it and put back only once that batch's
 * transaction has committed, so the changes of a rolled-back batch never stay in memory.
 *
 * <p>Why {@value #CONSULTATIONS}: grouping is busy on the consultations open for comment at the
 * time, a handful; an index costs about 2 KB per distinct text (18 MB for the 10,000 observations
 * of {@code src/bench/CampaignBench.java}, which prints it), so four such consultations hold about
 * 80 MB, and a consultation evicted costs one read of its fingerprints. However many texts arrive,
 * what is kept stays under {@value #OBSERVATIONS} indexed observations in all (about 200 MB at
 * most): the least recently used indexes go first, and an index larger than that alone is not kept
 * (its batches read it each time: slower, never out of memory).
 */
@ApplicationScoped
public class CandidateIndexes {

  static final int CONSULTATIONS = 4;
  static final int OBSERVATIONS = 100_000;

  private record Kept(long version, CandidateIndex index) {}

  @Resource TransactionSynchronizationRegistry transactions;

  private final Map<Long, Kept> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
          return size() > CONSULTATIONS;
        }
      };

  /**
   * The consultation's index if it was kept at {@code version}; it is no longer kept either way.
   */
  public synchronized Optional<CandidateIndex> take(long consultationId, long version) {
    Kept k = kept.remove(consultationId);
    return k != null && k.version() == version ? Optional.of(k.index()) : Optional.empty();
  }

  /** Keeps the index at {@code version} once the current transaction commits. */
  public void keepAfterCommit(long consultationId, long version, CandidateIndex index) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              keep(consultationId, version, index);
            }
          }
        });
  }

  synchronized void keep(long consultationId, long version, CandidateIndex index) {
    if (index.size() > OBSERVATIONS) {
      return;
    }
    kept.put(consultationId, new Kept(version, index));
    int total = kept.values().stream().mapToInt(k -> k.index().size()).sum();
    // Through the entries, not get(): in an access-ordered map get() reorders them.
    var eldestFirst = kept.values().iterator();
    while (total > OBSERVATIONS) {
      total -= eldestFirst.next().index().size();
      eldestFirst.remove();
    }
  }
}
