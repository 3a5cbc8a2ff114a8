package co.gov.icetex.participa.opendata;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.consultation.domain.ConsultationType;

/** Filters of published answers; every field is optional (null: no filter). */
public record AnswerFilter(
    String consultationSlug, AnswerOutcome outcome, Integer year, ConsultationType type) {

  public static AnswerFilter none() {
    return new AnswerFilter(null, null, null, null);
  }
}
