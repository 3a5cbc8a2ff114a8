package co.gov.icetex.participa.observation.domain;

/** Where an observation stands in its lifecycle; moderation and answers add the later steps. */
public enum ObservationStatus {
  RECEIVED
}
