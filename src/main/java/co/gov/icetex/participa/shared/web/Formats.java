package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.files.FileSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** Formatting for views: {@code #{fmt.dateTime(x)}}; dates in Bogotá time, numbers in es-CO. */
@Named("fmt")
@ApplicationScoped
public class Formats {

  public String dateTime(Instant instant) {
    return DateFormats.dateTime(instant);
  }

  public String date(Instant instant) {
    return DateFormats.date(instant);
  }

  /** A window's end as people read it: {@link DateFormats#closing}. */
  public String closing(Instant closesAt) {
    return DateFormats.closing(closesAt);
  }

  /** "Mostrando 21–40 de 95 resultados", "1 resultado", "Ningún resultado": counts in es-CO. */
  public String showing(long first, long last, long total) {
    if (total == 0) {
      return Messages.get("layout.pagination.none");
    }
    if (total == 1) {
      return Messages.get("layout.pagination.one");
    }
    var n = java.text.NumberFormat.getIntegerInstance(Messages.LOCALE);
    return Messages.get(
        "layout.pagination.showing", n.format(first), n.format(last), n.format(total));
  }

  /** "1 observación", "12 observaciones": a count with the noun in its right number. */
  public String count(long n, String singularKey, String pluralKey) {
    return n == 1
        ? Messages.get(singularKey)
        : Messages.get(
            pluralKey, java.text.NumberFormat.getIntegerInstance(Messages.LOCALE).format(n));
  }

  /** "Último día", "Queda 1 día", "Quedan 12 días". */
  public String daysLeft(long days) {
    if (days <= 0) {
      return Messages.get("general.lastDay");
    }
    return days == 1 ? Messages.get("general.oneDayLeft") : Messages.get("general.daysLeft", days);
  }

  /** The ISO form for {@code <time datetime>}. */
  /**
   * A Bogotá calendar date (deadlines); named apart from {@link #date} because EL does not overload
   * well.
   */
  public String day(LocalDate date) {
    return DateFormats.date(date);
  }

  public String isoDay(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  public String iso(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  /**
   * A file's format as the public reads it next to a link, "PDF", "DOCX": from the stored name's
   * extension, which the upload checks against the bytes. The stored name itself is not shown.
   */
  public String fileFormat(String fileName) {
    return FileSignature.extensionOf(fileName).toUpperCase(Locale.ROOT);
  }

  /**
   * A part's depth in a document outline as leading em spaces, one per level, for the editors'
   * parts tables and their "under" selects: an option's label cannot be indented with CSS, so the
   * nesting is in the text itself.
   */
  public String indent(int depth) {
    return "\u2003".repeat(Math.max(0, depth));
  }

  public String fileSize(long bytes) {
    NumberFormat number = NumberFormat.getNumberInstance(Messages.LOCALE);
    number.setMaximumFractionDigits(1);
    if (bytes < 1024) {
      return number.format(bytes) + " B";
    }
    if (bytes < 1024 * 1024) {
      return number.format(bytes / 1024.0) + " KB";
    }
    return number.format(bytes / (1024.0 * 1024)) + " MB";
  }
}
