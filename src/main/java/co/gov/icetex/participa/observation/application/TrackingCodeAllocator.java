package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.observation.domain.TrackingCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out tracking numbers, from 1 each year, unique across instances. Each instance reserves a
 * small block of numbers from the shared counter and hands them out from it, so concurrent
 * submissions do not queue on the counter row (measured: it was the bottleneck of intake). Numbers
 * are unique, not gap-free: a block an instance had not used up when it stopped is skipped, as is
 * the number of a submission that was then refused.
 *
 * <p>Call it outside any transaction: reserving a block takes a database connection of its own, and
 * no lock is held while waiting for one (holding one there deadlocked a saturated connection pool).
 */
@ApplicationScoped
public class TrackingCodeAllocator {

  static final int BLOCK = 20;

  @Inject TrackingCounter counter;

  private final Map<Integer, long[]> blocks = new HashMap<>(); // year -> {next, last}

  public TrackingCode next(int year) {
    synchronized (this) {
      long[] block = blocks.get(year);
      if (block != null && block[0] <= block[1]) {
        return new TrackingCode(year, block[0]++);
      }
    }
    long last = counter.reserve(year, BLOCK);
    long[] fresh = {last - BLOCK + 1, last};
    long mine = fresh[0]++;
    synchronized (this) {
      long[] current = blocks.get(year);
      if (current == null || current[0] > current[1]) {
        blocks.put(year, fresh); // else another thread refilled first: the rest of ours is skipped
      }
    }
    return new TrackingCode(year, mine);
  }
}
