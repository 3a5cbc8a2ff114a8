package co.gov.icetex.participa.hearing.application;

import co.gov.icetex.participa.hearing.domain.Hearing;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The hearing as an iCalendar event (RFC 5545), for people to add to their calendars. Times are
 * written in UTC, which every calendar converts to the reader's zone; text values are escaped as
 * the RFC asks.
 */
public final class HearingCalendar {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private HearingCalendar() {}

  public static String ics(Hearing hearing, String pageUrl, Instant now) {
    String location = hearing.getPlace() != null ? hearing.getPlace() : hearing.getStreamUrl();
    return String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//ICETEX//Participa ICETEX//ES",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:" + hearing.getSlug() + "@participa.icetex.gov.co",
                "DTSTAMP:" + UTC.format(now),
                "DTSTART:" + UTC.format(hearing.getStartsAt()),
                "DTEND:" + UTC.format(hearing.getEndsAt()),
                "SUMMARY:" + escape(hearing.getTitle()),
                "DESCRIPTION:" + escape(hearing.getSummary()),
                location == null ? "" : "LOCATION:" + escape(location),
                "URL:" + pageUrl,
                "END:VEVENT",
                "END:VCALENDAR")
            .replace("\r\n\r\n", "\r\n")
        + "\r\n";
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r", "")
        .replace("\n", "\\n");
  }
}
