package co.gov.icetex.participa.alert.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ClosingReminderTest {

  private static final BusinessCalendar CALENDAR = new BusinessCalendar();

  private static Instant noonOf(LocalDate day) {
    return day.atTime(LocalTime.NOON).atZone(AppClock.BOGOTA).toInstant();
  }

  @Test
  void dueThreeBusinessDaysBeforeTheLastDaySkippingAWeekend() {
    // Last day Wednesday 2026-03-11. Three business days before: Friday 6 (Mon 9, Tue 10, Wed 11).
    var window = CommentWindow.ofBogotaDates(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 11));
    assertEquals(LocalDate.of(2026, 3, 11), ClosingReminder.lastDay(window));
    assertFalse(
        ClosingReminder.isDue(window, noonOf(LocalDate.of(2026, 3, 5)), CALENDAR),
        "four business days left");
    assertTrue(ClosingReminder.isDue(window, noonOf(LocalDate.of(2026, 3, 6)), CALENDAR));
    assertTrue(
        ClosingReminder.isDue(window, noonOf(LocalDate.of(2026, 3, 7)), CALENDAR),
        "Saturday: still three");
    assertTrue(
        ClosingReminder.isDue(window, noonOf(LocalDate.of(2026, 3, 11)), CALENDAR),
        "the last day itself");
    assertFalse(
        ClosingReminder.isDue(window, noonOf(LocalDate.of(2026, 3, 12)), CALENDAR), "closed");
  }

  @Test
  void aHolidayIsNotABusinessDay() {
    // Monday 2026-03-23 is a holiday (San José, moved). Last day Thursday 26: 24, 25, 26 are the
    // three;
    // from Friday 20 there are four business days left only if the holiday counted.
    var window = CommentWindow.ofBogotaDates(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 26));
    assertTrue(CALENDAR.holidays(2026).contains(LocalDate.of(2026, 3, 23)));
    assertTrue(ClosingReminder.isDue(window, noonOf(LocalDate.of(2026, 3, 20)), CALENDAR));
    assertFalse(ClosingReminder.isDue(window, noonOf(LocalDate.of(2026, 3, 19)), CALENDAR));
  }

  @Test
  void notBeforeItOpens() {
    var window = CommentWindow.ofBogotaDates(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11));
    assertFalse(ClosingReminder.isDue(window, noonOf(LocalDate.of(2026, 3, 9)), CALENDAR));
    assertTrue(
        ClosingReminder.isDue(window, noonOf(LocalDate.of(2026, 3, 10)), CALENDAR),
        "a short window is reminded at once");
  }
}
