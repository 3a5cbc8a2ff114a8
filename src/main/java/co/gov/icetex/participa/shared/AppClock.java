package co.gov.icetex.participa.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "now". Instants are truncated to microseconds because that is what the database
 * keeps; a value read back then equals the value written.
 *
 * <p>The integration tests' deployment starts with the JVM property {@value #TEST_CLOCK_FILE}
 * naming a file that holds an ISO-8601 duration (e.g. {@code PT50H}); "now" is then the real time
 * shifted by it, read again whenever the file changes. That lets a check run the portal on a chosen
 * day (a business day, say) whatever the calendar says. It is a JVM system property, not a
 * MicroProfile setting, so neither an environment variable nor a request can reach it; production
 * never sets it.
 */
@ApplicationScoped
public class AppClock {

  /** Colombia has one time zone and no daylight saving; every date shown to people is in it. */
  public static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  /** The JVM property naming the clock-offset file of the test deployment; unset in production. */
  public static final String TEST_CLOCK_FILE = "participa.clock.file";

  private final Clock clock;

  public AppClock() {
    this(configured());
  }

  public AppClock(Clock clock) {
    this.clock = clock;
  }

  private static Clock configured() {
    String file = System.getProperty(TEST_CLOCK_FILE);
    return file == null || file.isBlank() ? Clock.systemUTC() : new OffsetFileClock(Path.of(file));
  }

  /** Today's date in Bogotá, where every deadline and window is counted. */
  public LocalDate today() {
    return LocalDate.ofInstant(now(), BOGOTA);
  }

  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * The system clock shifted by the duration written in a file; no file, or an empty one, is no
   * shift.
   */
  static final class OffsetFileClock extends Clock {

    private final Path file;
    private FileTime readAt;
    private Duration offset = Duration.ZERO;

    OffsetFileClock(Path file) {
      this.file = file;
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset());
    }

    private synchronized Duration offset() {
      try {
        FileTime modified = Files.getLastModifiedTime(file);
        if (!modified.equals(readAt)) {
          String text = Files.readString(file, StandardCharsets.UTF_8).strip();
          offset = text.isEmpty() ? Duration.ZERO : Duration.parse(text);
          readAt = modified;
        }
      } catch (NoSuchFileException e) {
        offset = Duration.ZERO;
        readAt = null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return offset;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("AppClock works in UTC");
    }
  }
}
