package co.gov.icetex.participa.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommentWindowTest {

  // 1 to 15 December 2026, Bogotá dates: opens 2026-12-01T05:00Z, closes 2026-12-16T05:00Z (UTC-5).
  private final CommentWindow window =
      CommentWindow.ofBogotaDates(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15));

  @Test
  void opensAtMidnightInBogotaNotUtc() {
    assertEquals(Instant.parse("2026-12-01T05:00:00Z"), window.getOpensAt());
    assertEquals(ConsultationPhase.UPCOMING, window.phaseAt(Instant.parse("2026-12-01T04:59:59Z")));
    assertEquals(ConsultationPhase.OPEN, window.phaseAt(Instant.parse("2026-12-01T05:00:00Z")));
  }

  @Test
  void staysOpenUntilTheEndOfTheLastBogotaDay() {
    // 23:59 on 15 December in Bogotá is already 16 December in UTC.
    assertTrue(window.isOpenAt(Instant.parse("2026-12-16T04:59:00Z")));
    assertFalse(window.isOpenAt(Instant.parse("2026-12-16T05:00:00Z")));
    assertEquals(ConsultationPhase.CLOSED, window.phaseAt(Instant.parse("2026-12-20T00:00:00Z")));
  }

  @Test
  void countsDaysLeftAsBogotaCalendarDays() {
    assertEquals(14, window.daysLeftAt(Instant.parse("2026-12-01T05:00:00Z")));
    // 22:00 on 14 December in Bogotá (03:00Z on the 15th): one day left, the 15th.
    assertEquals(1, window.daysLeftAt(Instant.parse("2026-12-15T03:00:00Z")));
    assertEquals(0, window.daysLeftAt(Instant.parse("2026-12-15T20:00:00Z")));
    assertEquals(0, window.daysLeftAt(Instant.parse("2026-12-30T20:00:00Z")));
  }

  @Test
  void knowsWhenItIsShorterThanTheLegalMinimum() {
    assertFalse(window.isShorterThan(CommentWindow.DEFAULT_MINIMUM));
    var tenDays =
        CommentWindow.ofBogotaDates(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10));
    assertTrue(tenDays.isShorterThan(CommentWindow.DEFAULT_MINIMUM));
  }

  @Test
  void refusesAWindowThatClosesBeforeItOpens() {
    Instant t = Instant.parse("2026-12-01T00:00:00Z");
    assertThrows(IllegalArgumentException.class, () -> new CommentWindow(t, t));
    assertThrows(IllegalArgumentException.class, () -> new CommentWindow(t, t.minusSeconds(1)));
  }
}
