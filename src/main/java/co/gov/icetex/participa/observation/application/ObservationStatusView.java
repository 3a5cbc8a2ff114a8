package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.observation.domain.AnswerStatus;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import java.time.Instant;
import java.time.LocalDate;

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

  static ObservationStatusView of(Observation o) {
    var answer = o.getAnswer();
    boolean published = answer != null && answer.getStatus() == AnswerStatus.PUBLISHED;
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
        published ? answer.getOutcome().name() : null,
        published ? answer.getText() : null,
        published ? answer.getPublishedAt() : null);
  }
}
