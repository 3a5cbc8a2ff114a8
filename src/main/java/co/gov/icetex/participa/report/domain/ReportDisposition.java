package co.gov.icetex.participa.report.domain;

import co.gov.icetex.participa.observation.domain.ObservationStatus;

/**
 * What became of an observation, as the report lists it: answered, not admitted, or sent to PQRSD.
 */
public enum ReportDisposition {
  ANSWERED,
  REJECTED,
  REDIRECTED;

  /**
   * The disposition of a settled observation; null while it still waits for its answer to be
   * published.
   */
  public static ReportDisposition of(ObservationStatus status) {
    return switch (status) {
      case PUBLISHED -> ANSWERED;
      case REJECTED -> REJECTED;
      case REDIRECTED -> REDIRECTED;
      default -> null;
    };
  }
}
