package co.gov.icetex.participa.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Now" in Bogotá, and the clock file through which the test deployment runs on a chosen day. */
class AppClockTest {

  private Path dir;

  @BeforeEach
  void aFolderOfItsOwn() throws Exception {
    // java.io.tmpdir is target/tmp under Maven, which may not exist yet
    dir =
        Files.createTempDirectory(
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))), "clock");
  }

  private static void assertNear(Instant expected, Instant actual) {
    assertTrue(
        Duration.between(expected, actual).abs().compareTo(Duration.ofSeconds(5)) < 0,
        expected + " vs " + actual);
  }

  @Test
  void todayIsTheDateInBogotaFiveHoursBehindUtc() {
    var clock =
        new AppClock(Clock.fixed(Instant.parse("2026-03-03T04:59:59.1234567Z"), ZoneOffset.UTC));
    assertEquals(LocalDate.of(2026, 3, 2), clock.today());
    assertEquals(
        Instant.parse("2026-03-03T04:59:59.123456Z"),
        clock.now(),
        "microseconds, as the database keeps");
  }

  @Test
  void theFileShiftsTheRealTimeAndIsReadAgainWhenItChanges() throws Exception {
    Path file = dir.resolve("clock");
    var clock = new AppClock(new AppClock.OffsetFileClock(file));
    assertNear(Instant.now(), clock.now());

    Files.writeString(file, "PT48H");
    assertNear(Instant.now().plus(Duration.ofHours(48)), clock.now());

    Files.writeString(file, "-P3D");
    Files.setLastModifiedTime(
        file, FileTime.from(Instant.now().plusSeconds(1))); // as a later write would
    assertNear(Instant.now().minus(Duration.ofDays(3)), clock.now());

    Files.writeString(file, "");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(2)));
    assertNear(Instant.now(), clock.now());

    Files.writeString(file, "PT1H");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(3)));
    assertNear(Instant.now().plus(Duration.ofHours(1)), clock.now());
    Files.delete(file);
    assertNear(Instant.now(), clock.now());
  }

  @Test
  void withoutTheTestPropertyItIsTheRealTime() {
    System.clearProperty(AppClock.TEST_CLOCK_FILE);
    assertNear(Instant.now(), new AppClock().now());
  }
}
