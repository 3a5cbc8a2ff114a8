package co.gov.icetex.participa.observation.rest;

import co.gov.icetex.participa.observation.application.ObservationStatusView;
import co.gov.icetex.participa.observation.application.SubmissionReceipt;
import java.time.Instant;
import java.time.LocalDate;

/** JSON answers about observations; none carries the author's e-mail or name. */
public final class ObservationJson {

  private ObservationJson() {}

  public record Receipt(
      String trackingCode, Instant receivedAt, String consultation, String part, boolean repeated) {
    static Receipt of(SubmissionReceipt r) {
      return new Receipt(
          r.trackingCode(), r.receivedAt(), r.consultationSlug(), r.partLabel(), r.repeated());
    }
  }

  public record Status(
      String trackingCode,
      String status,
      Instant receivedAt,
      Instant updatedAt,
      String consultation,
      String consultationTitle,
      String part,
      LocalDate dueDate,
      String reason,
      Answer answer) {
    static Status of(ObservationStatusView v) {
      return new Status(
          v.trackingCode(),
          v.status().name(),
          v.receivedAt(),
          v.updatedAt(),
          v.consultationSlug(),
          v.consultationTitle(),
          v.partLabel(),
          v.dueDate(),
          v.reason(),
          v.answerText() == null
              ? null
              : new Answer(v.answerOutcome(), v.answerText(), v.answeredAt()));
    }
  }

  /** A published answer: its outcome code (e.g. {@code PARTIALLY_ACCEPTED}), text and date. */
  public record Answer(String outcome, String text, Instant publishedAt) {}
}
