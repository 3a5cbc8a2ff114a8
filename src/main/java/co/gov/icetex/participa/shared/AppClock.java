package co.gov.icetex.participa.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "now". Instants are truncated to microseconds because that is what the database
 * keeps; a value read back then equals the value written.
 */
@ApplicationScoped
public class AppClock {

  /** Colombia has one time zone and no daylight saving; every date shown to people is in it. */
  public static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  private final Clock clock;

  public AppClock() {
    this(Clock.systemUTC());
  }

  public AppClock(Clock clock) {
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
