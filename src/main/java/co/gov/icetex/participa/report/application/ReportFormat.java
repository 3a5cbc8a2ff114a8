package co.gov.icetex.participa.report.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a report is offered in, with their media type and file extension. */
public enum ReportFormat {
  JSON("application/json", "json"),
  CSV("text/csv", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PDF("application/pdf", "pdf");

  private final String mediaType;
  private final String extension;

  ReportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** By its name or extension ("pdf", "CSV"); empty for anything else. */
  public static Optional<ReportFormat> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.extension.equals(n)).findFirst();
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }
}
