package co.gov.icetex.participa.answer.domain;

import co.gov.icetex.participa.observation.domain.ObservationStatus;

/** An answer is drafted, then approved or returned for changes, then published. */
public enum AnswerStatus {
  DRAFT(ObservationStatus.DRAFTED),
  RETURNED(ObservationStatus.RETURNED),
  APPROVED(ObservationStatus.APPROVED),
  PUBLISHED(ObservationStatus.PUBLISHED);

  private final ObservationStatus observationStatus;

  AnswerStatus(ObservationStatus observationStatus) {
    this.observationStatus = observationStatus;
  }

  /** The status each observation of the answer takes. */
  public ObservationStatus observationStatus() {
    return observationStatus;
  }
}
