package co.gov.icetex.participa.report.application;

/**
 * A version of a consultation's response report was published; fired inside the publication's
 * transaction.
 */
public record ReportPublished(long consultationId, int version) {}
