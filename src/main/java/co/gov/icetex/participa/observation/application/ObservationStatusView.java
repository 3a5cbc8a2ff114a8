package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the author sees when following an observation: never the e-mail, which they already know.
 * The answer appears only once it is published; before that its draft is internal. A rejection
 * shows its reason, a redirection its petition due date.
 */
public record ObservationStatusView(
    String trackingCode,
    ObservationStatus status,
    Instant receivedAt,
    Instant updatedAt,
    String consultationSlug,
    String consultationTitle,
    String partLabel,
    String text,
    LocalDate dueDate,
    String reason,
    String answerOutcome,
    String answerText,
    Instant answeredAt) {

  /** {@code answer} is the observation's answer once it is published, else empty. */
  static ObservationStatusView of(Observation o, Optional<PublishedAnswers.Published> answer) {
    var published = answer.orElse(null);
    boolean explained =
        o.getStatus() == ObservationStatus.REJECTED
            || o.getStatus() == ObservationStatus.REDIRECTED;
    return new ObservationStatusView(
        o.getTrackingCode(),
        o.getStatus(),
        o.getReceivedAt(),
        o.getUpdatedAt(),
        o.getConsultation().getSlug(),
        o.getConsultation().getTitle(),
        o.getPart() == null ? null : o.getPart().getLabel(),
        o.getText(),
        o.getStatus().isPending() || o.getStatus() == ObservationStatus.REDIRECTED
            ? o.effectiveDueDate()
            : null,
        explained ? o.getTriageReason() : null,
        published == null ? null : published.outcome(),
        published == null ? null : published.text(),
        published == null ? null : published.publishedAt());
  }
}
