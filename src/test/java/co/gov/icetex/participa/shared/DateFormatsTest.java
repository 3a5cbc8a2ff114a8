package co.gov.icetex.participa.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a window's end reads: the same rule on the consultation page, the report and the mails. */
class DateFormatsTest {

  @Test
  void aWindowClosingAtMidnightReadsAsTheLastMinuteOfTheDayBefore() {
    var midnight = LocalDate.of(2026, 11, 22).atStartOfDay(AppClock.BOGOTA).toInstant();

    assertEquals("21 de noviembre de 2026, 11:59 p. m.", plain(DateFormats.closing(midnight)));
    assertEquals("22 de noviembre de 2026, 12:00 a. m.", plain(DateFormats.dateTime(midnight)));
  }

  /** The JDK writes "p. m." with no-break spaces; the words are what this test is about. */
  private static String plain(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  @Test
  void noWindowReadsAsNothing() {
    assertEquals("", DateFormats.closing(null));
  }
}
