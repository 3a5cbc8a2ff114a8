package co.gov.icetex.participa.shared.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private final BusinessCalendar calendar = new BusinessCalendar();

  @Test
  void jollydayGivesTheEighteenOfficialHolidaysOf2026() {
    List<LocalDate> official =
        List.of(
            LocalDate.of(2026, 1, 1), // Año Nuevo
            LocalDate.of(2026, 1, 12), // Reyes Magos (6 Jan, a Tuesday)
            LocalDate.of(2026, 3, 23), // San José (19 Mar, a Thursday)
            LocalDate.of(2026, 4, 2), // Jueves Santo
            LocalDate.of(2026, 4, 3), // Viernes Santo
            LocalDate.of(2026, 5, 1), // Día del Trabajo
            LocalDate.of(2026, 5, 18), // Ascensión (14 May)
            LocalDate.of(2026, 6, 8), // Corpus Christi (4 Jun)
            LocalDate.of(2026, 6, 15), // Sagrado Corazón (12 Jun)
            LocalDate.of(2026, 6, 29), // San Pedro y San Pablo (already a Monday)
            LocalDate.of(2026, 7, 20), // Independencia
            LocalDate.of(2026, 8, 7), // Batalla de Boyacá
            LocalDate.of(2026, 8, 17), // Asunción (15 Aug, a Saturday)
            LocalDate.of(2026, 10, 12), // Día de la Raza (already a Monday)
            LocalDate.of(2026, 11, 2), // Todos los Santos (1 Nov, a Sunday)
            LocalDate.of(2026, 11, 16), // Independencia de Cartagena (11 Nov)
            LocalDate.of(2026, 12, 8), // Inmaculada Concepción
            LocalDate.of(2026, 12, 25)); // Navidad
    assertEquals(official, calendar.holidays(2026));
  }

  @Test
  void easterSundayIsNotListedAsAHoliday() {
    // Jollyday's data has it; Ley 51 de 1983 does not.
    assertFalse(calendar.holidays(2026).contains(LocalDate.of(2026, 4, 5)));
  }

  @Test
  void semanaSantaIsNotWorked() {
    assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 4, 2)));
    assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 4, 3)));
    assertTrue(calendar.isBusinessDay(LocalDate.of(2026, 4, 1)));
    assertTrue(calendar.isBusinessDay(LocalDate.of(2026, 4, 6)));
  }

  @Test
  void fifteenBusinessDaysFromTheFridayBeforeSemanaSantaSkipThursdayAndFriday() {
    // From Fri 27 Mar 2026: Mar 30, 31, Apr 1 (1-3); Apr 2-3 holidays; Apr 6-10 (4-8);
    // Apr 13-17 (9-13); Apr 20, 21 (14-15). Without the two holidays it would be Fri 17 Apr.
    assertEquals(
        LocalDate.of(2026, 4, 21), calendar.addBusinessDays(LocalDate.of(2026, 3, 27), 15));
    assertEquals(
        15, calendar.businessDaysBetween(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 4, 21)));
  }

  @Test
  void sanJoseIsObservedOnTheFollowingMondayNotOnItsDate() {
    LocalDate nineteenth = LocalDate.of(2026, 3, 19);
    assertEquals(DayOfWeek.THURSDAY, nineteenth.getDayOfWeek());
    assertTrue(calendar.isBusinessDay(nineteenth));
    assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 3, 23)));
  }

  @Test
  void diaDeLaRazaMovesToMondayOnlyWhenItFallsMidweek() {
    // 2027: 12 Oct is a Tuesday, observed Monday 18 Oct. 2026: 12 Oct is itself a Monday.
    assertTrue(calendar.isBusinessDay(LocalDate.of(2027, 10, 12)));
    assertFalse(calendar.isBusinessDay(LocalDate.of(2027, 10, 18)));
    assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 10, 12)));
  }

  @Test
  void weekendsAreNotBusinessDays() {
    assertTrue(calendar.isBusinessDay(LocalDate.of(2026, 1, 9))); // Friday
    assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 1, 10))); // Saturday
    assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 1, 11))); // Sunday
    assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 8, 15))); // Saturday, and Asunción's date
  }

  @Test
  void aTermStartingOnFridayBeginsOnMonday() {
    assertEquals(LocalDate.of(2026, 1, 19), calendar.addBusinessDays(LocalDate.of(2026, 1, 16), 1));
    // Mon 23 Mar is San José, so the first business day after Fri 20 Mar is Tuesday.
    assertEquals(LocalDate.of(2026, 3, 24), calendar.addBusinessDays(LocalDate.of(2026, 3, 20), 1));
  }

  @Test
  void aTermStartingOnAHolidayOrAWeekendCountsFromTheNextBusinessDay() {
    assertEquals(LocalDate.of(2026, 4, 6), calendar.addBusinessDays(LocalDate.of(2026, 4, 2), 1));
    assertEquals(LocalDate.of(2026, 3, 24), calendar.addBusinessDays(LocalDate.of(2026, 3, 23), 1));
    assertEquals(LocalDate.of(2026, 1, 19), calendar.addBusinessDays(LocalDate.of(2026, 1, 17), 1));
  }

  @Test
  void aTermCrossesTheNewYear() {
    // Thu 31 Dec 2026 -> Fri 1 Jan 2027 is Año Nuevo -> Mon 4 Jan.
    assertEquals(LocalDate.of(2027, 1, 4), calendar.addBusinessDays(LocalDate.of(2026, 12, 31), 1));
  }

  @Test
  void refusesTermsOfLessThanOneDay() {
    LocalDate start = LocalDate.of(2026, 5, 4);
    assertThrows(IllegalArgumentException.class, () -> calendar.addBusinessDays(start, 0));
    assertThrows(IllegalArgumentException.class, () -> calendar.addBusinessDays(start, -3));
  }

  @Test
  void businessDaysBetweenIsZeroUnlessTheEndIsLater() {
    LocalDate day = LocalDate.of(2026, 5, 4);
    assertEquals(0, calendar.businessDaysBetween(day, day));
    assertEquals(0, calendar.businessDaysBetween(day, day.minusDays(10)));
    assertEquals(1, calendar.businessDaysBetween(day, day.plusDays(1)));
  }

  @Test
  void businessDaysBetweenInvertsAddBusinessDaysOverAYear() {
    for (LocalDate start = LocalDate.of(2026, 1, 1);
        start.getYear() == 2026;
        start = start.plusDays(1)) {
      for (int days = 1; days <= 25; days++) {
        LocalDate end = calendar.addBusinessDays(start, days);
        String term = start + " + " + days;
        assertTrue(calendar.isBusinessDay(end), term);
        assertEquals(days, calendar.businessDaysBetween(start, end), term);
        assertEquals(days - 1, calendar.businessDaysBetween(start, end.minusDays(1)), term);
      }
    }
  }

  @Test
  void concurrentFirstUseGivesTheSameHolidays() {
    BusinessCalendar shared = new BusinessCalendar();
    List<List<LocalDate>> parallel =
        IntStream.range(0, 64).parallel().mapToObj(i -> shared.holidays(2030 + i % 4)).toList();
    for (int i = 0; i < parallel.size(); i++) {
      assertEquals(calendar.holidays(2030 + i % 4), parallel.get(i));
    }
  }
}
