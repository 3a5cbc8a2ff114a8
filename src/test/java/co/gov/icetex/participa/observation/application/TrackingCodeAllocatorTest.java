package co.gov.icetex.participa.observation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.gov.icetex.participa.observation.domain.TrackingCode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodeAllocatorTest {

  /** The shared database counter, as several instances see it. */
  static final class SharedCounter extends TrackingCounter {
    private final Map<Integer, Long> last = new HashMap<>();

    @Override
    synchronized long reserve(int year, int size) {
      return last.merge(year, (long) size, Long::sum);
    }
  }

  private static TrackingCodeAllocator instanceOn(SharedCounter counter) {
    var allocator = new TrackingCodeAllocator();
    allocator.counter = counter;
    return allocator;
  }

  @Test
  void numbersStartAtOneEachYearAndRunOn() {
    var allocator = instanceOn(new SharedCounter());
    assertEquals("OBS-2026-000001", allocator.next(2026).toString());
    assertEquals("OBS-2026-000002", allocator.next(2026).toString());
    assertEquals("OBS-2027-000001", allocator.next(2027).toString());
    for (int i = 3; i <= TrackingCodeAllocator.BLOCK + 1; i++) {
      assertEquals(new TrackingCode(2026, i), allocator.next(2026), "across the end of a block");
    }
  }

  @Test
  void severalInstancesNeverHandOutTheSameNumber() {
    var counter = new SharedCounter();
    var first = instanceOn(counter);
    var second = instanceOn(counter);
    Set<TrackingCode> seen = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      seen.add(first.next(2026));
      seen.add(second.next(2026));
    }
    assertEquals(1000, seen.size());
  }
}
