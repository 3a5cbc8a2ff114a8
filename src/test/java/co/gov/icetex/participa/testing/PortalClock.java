package co.gov.icetex.participa.testing;

import co.gov.icetex.participa.shared.AppClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Sets the clock of the portal under test (its {@link AppClock}) to a chosen moment, through the
 * file the test deployment names in {@value AppClock#TEST_CLOCK_FILE}; time runs on from there.
 * Close it to put the portal back on the real time, so that the checks after it are not affected:
 *
 * <pre>{@code
 * try (var clock = PortalClock.setTo(LocalDate.of(2027, 3, 1), LocalTime.NOON)) { ... clock.setTo(...); }
 * }</pre>
 */
public final class PortalClock implements AutoCloseable {

  private PortalClock() {}

  /** The portal's clock at {@code time} of {@code day} in Bogotá. */
  public static PortalClock setTo(LocalDate day, LocalTime time) {
    var clock = new PortalClock();
    clock.set(day, time);
    return clock;
  }

  /** Moves the clock again, to {@code time} of {@code day} in Bogotá. */
  public void set(LocalDate day, LocalTime time) {
    Instant target = day.atTime(time).atZone(AppClock.BOGOTA).toInstant();
    write(Duration.between(Instant.now(), target).toString());
  }

  /** Back to the real time. */
  @Override
  public void close() {
    write("");
  }

  private static void write(String offset) {
    String name = System.getProperty(EmbeddedServicesSession.CLOCK_FILE);
    if (name == null) {
      throw new IllegalStateException(
          EmbeddedServicesSession.CLOCK_FILE + " is not set (run with failsafe)");
    }
    Path file = Path.of(name);
    try {
      // Written aside and moved into place, so the portal never reads half a value.
      Path next =
          Files.writeString(
              file.resolveSibling(file.getFileName() + ".next"), offset, StandardCharsets.UTF_8);
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
