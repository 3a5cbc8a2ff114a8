package co.gov.icetex.participa.observation.application;

/** Fired inside the transaction that saved a new observation. */
public record ObservationSubmitted(Long observationId, String trackingCode) {}
