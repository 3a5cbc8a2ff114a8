package co.gov.icetex.participa.hearing.domain;

/** Before, during and after the hearing, derived from the clock. */
public enum HearingPhase {
  UPCOMING,
  LIVE,
  HELD
}
