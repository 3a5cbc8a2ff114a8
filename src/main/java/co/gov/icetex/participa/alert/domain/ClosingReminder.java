package co.gov.icetex.participa.alert.domain;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When the reminder that a consultation closes soon is due: while it is open and its last day is at
 * most {@link #BUSINESS_DAYS} Colombian business days away (the days people can act on, as for the
 * legal terms). A consultation published with less time left is reminded of at once; the reminder
 * goes once per subscription whatever the day it is first seen.
 */
public final class ClosingReminder {

  /** "Closes in 3 business days". */
  public static final int BUSINESS_DAYS = 3;

  private ClosingReminder() {}

  public static boolean isDue(CommentWindow window, Instant now, BusinessCalendar calendar) {
    if (window == null || !window.isOpenAt(now)) {
      return false;
    }
    return calendar.businessDaysBetween(LocalDate.ofInstant(now, AppClock.BOGOTA), lastDay(window))
        <= BUSINESS_DAYS;
  }

  /**
   * The last day (Bogotá) on which observations are received: the window closes at its end, or
   * during it.
   */
  public static LocalDate lastDay(CommentWindow window) {
    return LocalDate.ofInstant(window.getClosesAt().minusNanos(1000), AppClock.BOGOTA);
  }
}
