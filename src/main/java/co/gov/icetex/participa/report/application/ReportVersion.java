package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.report.domain.ResponseReport;
import java.time.Instant;

/** One published version of a report, for the list of versions. */
public record ReportVersion(int version, Instant publishedAt, int observations)
    implements java.io.Serializable {

  static ReportVersion of(ResponseReport r) {
    return new ReportVersion(r.getVersionNumber(), r.getPublishedAt(), r.getEntryCount());
  }
}
