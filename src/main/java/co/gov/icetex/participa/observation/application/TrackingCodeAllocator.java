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
 * are unique, not gap-free: a block an instance had not used up when it stopped is skipped, as is the
 * number of an observation that failed to save.
 */
@ApplicationScoped
public class TrackingCodeAllocator {

  static final int BLOCK = 20;

  @Inject TrackingCounter counter;

  private final Map<Integer, long[]> blocks = new HashMap<>(); // year -> {next, last}

  public synchronized TrackingCode next(int year) {
    long[] block = blocks.get(year);
    if (block == null || block[0] > block[1]) {
      long last = counter.reserve(year, BLOCK);
      block = new long[] {last - BLOCK + 1, last};
      blocks.put(year, block);
    }
    return new TrackingCode(year, block[0]++);
  }
}
