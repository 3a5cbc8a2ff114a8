package co.gov.icetex.participa.answer.domain;

/** What became of an observation, as the report counts it. */
public enum AnswerOutcome {
  ACCEPTED,
  PARTIALLY_ACCEPTED,
  NOT_ACCEPTED,
  NOT_APPLICABLE
}
