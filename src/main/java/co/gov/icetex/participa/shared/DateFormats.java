package co.gov.icetex.participa.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

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

  /**
   * A window's end as people read it, on every page, file and mail that shows one: a window closing
   * at midnight is shown as closing at 11:59 p. m. of the day before, the last minute in which one
   * can still take part. Machine formats (ISO, {@code datetime} attributes) keep the exact instant.
   */
  public static String closing(Instant closesAt) {
    return closesAt == null ? "" : dateTime(closesAt.minus(1, ChronoUnit.MINUTES));
  }

  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public static String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }
}
