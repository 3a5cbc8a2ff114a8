package co.gov.icetex.participa.shared.time;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Business days ("días hábiles") in Colombia, for the terms of Ley 1755 de 2015 (derecho de
 * petición): a term of N business days skips Saturdays, Sundays and the public holidays of Ley 51
 * de 1983. That law (Ley Emiliani) moves most religious and civic holidays to the following Monday
 * when they fall on another day; the Easter-based ones are Jueves and Viernes Santo (not moved) and
 * Ascensión, Corpus Christi and Sagrado Corazón (moved to Monday). Colombia has one national list,
 * so the holidays of Bogotá are the national ones.
 *
 * <p>The dates come from jollyday (country code "co") so that nobody maintains Easter arithmetic
 * here. Two things about its data matter:
 *
 * <ul>
 *   <li>{@link Holiday#getDate()} is the day the holiday is observed (the Monday after a move),
 *       while {@code getActualDate()} is the original calendar date; only the observed day is a day
 *       off.
 *   <li>Jollyday lists Easter Sunday as a Colombian holiday. It is not one under Ley 51 de 1983 and
 *       is always a Sunday anyway, so it is left out of {@link #holidays(int)} to match the
 *       official list.
 * </ul>
 *
 * <p>Safe for concurrent use: the holiday manager is built once per class loader, lazily, because
 * reading the XML data is costly, and each year's holidays are computed once and kept.
 */
@ApplicationScoped
public class BusinessCalendar {

  /** Jollyday's key for Easter Sunday, which Colombian law does not list as a holiday. */
  private static final String EASTER_SUNDAY = "christian.EASTER";

  private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

  /** Cheap on purpose: CDI may construct proxies of this bean, and tests use {@code new}. */
  public BusinessCalendar() {}

  /** False on Saturdays, Sundays and Colombian public holidays. */
  public boolean isBusinessDay(LocalDate day) {
    Objects.requireNonNull(day, "day");
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY
        && weekday != DayOfWeek.SUNDAY
        && !holidaySet(day.getYear()).contains(day);
  }

  /**
   * The {@code days}-th business day after {@code start}. The start itself never counts, as the law
   * counts a term from the day after the one it is notified or filed.
   */
  public LocalDate addBusinessDays(LocalDate start, int days) {
    Objects.requireNonNull(start, "start");
    if (days < 1) {
      throw new IllegalArgumentException("A term has at least one business day, not " + days);
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** Business days in (from, toInclusive]; 0 when {@code toInclusive} is not after {@code from}. */
  public int businessDaysBetween(LocalDate from, LocalDate toInclusive) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(toInclusive, "toInclusive");
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
      if (isBusinessDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** The public holidays of that year, on the day they are observed, in date order. */
  public List<LocalDate> holidays(int year) {
    return holidaySet(year).stream().sorted().toList();
  }

  private Set<LocalDate> holidaySet(int year) {
    return holidaysByYear.computeIfAbsent(year, BusinessCalendar::loadHolidays);
  }

  private static Set<LocalDate> loadHolidays(int year) {
    return ColombianHolidays.MANAGER.getHolidays(Year.of(year)).stream()
        .filter(holiday -> !EASTER_SUNDAY.equals(holiday.getPropertiesKey()))
        .map(Holiday::getDate)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Holder idiom: the manager is built on first use, once, without locking on every call. */
  private static final class ColombianHolidays {
    static final HolidayManager MANAGER =
        HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.COLOMBIA));
  }
}
