package co.gov.icetex.participa.consultation.domain;

/** Where a published consultation stands relative to its comment window. */
public enum ConsultationPhase {
  UPCOMING,
  OPEN,
  CLOSED
}
