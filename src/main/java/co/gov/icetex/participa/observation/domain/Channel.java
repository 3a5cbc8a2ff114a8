package co.gov.icetex.participa.observation.domain;

/** How an observation reached ICETEX; reported in the statistics. */
public enum Channel {
  WEB,
  API
}
