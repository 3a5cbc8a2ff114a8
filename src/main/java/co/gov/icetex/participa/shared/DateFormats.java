package co.gov.icetex.participa.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How dates are written for people: Bogotá time, Spanish month names. */
public final class DateFormats {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, h:mm a", Messages.LOCALE)
          .withZone(AppClock.BOGOTA);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Messages.LOCALE)
          .withZone(AppClock.BOGOTA);

  private DateFormats() {}

  public static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public static String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }
}
