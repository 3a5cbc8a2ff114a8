package co.gov.icetex.participa.finalversion.domain;

/**
 * What the final version needs to know about an observation to link it to a change: its
 * consultation and its answer's outcome (null without an answer), as the answer feature reports it
 * ({@code answer.application.AnsweredObservations}).
 */
public record LinkableObservation(
    long id, long consultationId, String trackingCode, String answerOutcome) {

  /** Only an observation whose answer accepted it, wholly or in part, can have led to a change. */
  public boolean accepted() {
    return "ACCEPTED".equals(answerOutcome) || "PARTIALLY_ACCEPTED".equals(answerOutcome);
  }
}
