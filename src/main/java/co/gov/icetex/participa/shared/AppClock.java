package co.gov.icetex.participa.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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

  /** Today's date in Bogotá, where every deadline and window is counted. */
  public LocalDate today() {
    return LocalDate.ofInstant(now(), BOGOTA);
  }

  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
