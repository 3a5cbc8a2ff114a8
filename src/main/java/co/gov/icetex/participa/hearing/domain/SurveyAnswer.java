package co.gov.icetex.participa.hearing.domain;

/** Whether the person's question was answered at or after the hearing. */
public enum SurveyAnswer {
  YES,
  NO,
  NO_QUESTION
}
