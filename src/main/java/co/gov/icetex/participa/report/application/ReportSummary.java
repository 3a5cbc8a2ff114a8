package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.report.domain.ReportTotals;
import co.gov.icetex.participa.report.domain.ResponseReport;
import java.time.Instant;
import java.util.List;

/**
 * One published version of a report, without its entries (read those page by page with {@link
 * ReportReader#entries}): the consultation as it was, where the publication was announced, the
 * totals, and every version of the same report.
 */
public record ReportSummary(
    long id,
    String slug,
    String title,
    ConsultationType type,
    int year,
    String office,
    Instant opensAt,
    Instant closesAt,
    String announcedWhere,
    int version,
    Instant publishedAt,
    int observations,
    ReportTotals totals,
    List<ReportVersion> versions) {

  static ReportSummary of(ResponseReport r, List<ReportVersion> versions) {
    return new ReportSummary(
        r.getId(),
        r.getConsultationSlug(),
        r.getConsultationTitle(),
        r.getConsultationType(),
        r.getConsultationYear(),
        r.getOffice(),
        r.getOpensAt(),
        r.getClosesAt(),
        r.getAnnouncedWhere(),
        r.getVersionNumber(),
        r.getPublishedAt(),
        r.getEntryCount(),
        r.totals(),
        versions);
  }

  /** Whether a later version replaced this one (the page says so). */
  public boolean isSuperseded() {
    return !versions.isEmpty() && versions.get(0).version() > version;
  }

  /** The file name of a download: informe-<slug>-v<n>.<extension>. */
  public String fileName(String extension) {
    return "informe-" + slug + "-v" + version + "." + extension;
  }
}
