package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.observation.domain.Observation;
import java.time.Instant;

/**
 * What the citizen is told once the observation is committed. {@code repeated} is true when this
 * was a repeat of an earlier submission (a double click, a retried request): no new observation was
 * made.
 */
public record SubmissionReceipt(
    Long observationId,
    String trackingCode,
    Instant receivedAt,
    String consultationSlug,
    String consultationTitle,
    String partLabel,
    boolean repeated) {

  static SubmissionReceipt of(Observation o, boolean repeated) {
    return new SubmissionReceipt(
        o.getId(),
        o.getTrackingCode(),
        o.getReceivedAt(),
        o.getConsultation().getSlug(),
        o.getConsultation().getTitle(),
        o.getPart() == null ? null : o.getPart().getLabel(),
        repeated);
  }
}
