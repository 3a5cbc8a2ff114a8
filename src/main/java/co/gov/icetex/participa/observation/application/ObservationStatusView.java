package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import java.time.Instant;

/** What the author sees when following an observation: never the e-mail, which they already know. */
public record ObservationStatusView(
    String trackingCode,
    ObservationStatus status,
    Instant receivedAt,
    Instant updatedAt,
    String consultationSlug,
    String consultationTitle,
    String partLabel,
    String text) {

  static ObservationStatusView of(Observation o) {
    return new ObservationStatusView(
        o.getTrackingCode(),
        o.getStatus(),
        o.getReceivedAt(),
        o.getUpdatedAt(),
        o.getConsultation().getSlug(),
        o.getConsultation().getTitle(),
        o.getPart() == null ? null : o.getPart().getLabel(),
        o.getText());
  }
}
