package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.LinkableObservation;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the final version needs to know of a consultation's observations and their answers. The
 * observation and answer features depend on consultation, so consultation cannot read them; it
 * states here what it needs, and the feature that owns answering implements it ({@code
 * answer.application.ObservationsForFinalVersion}) with queries over its own entities. No e-mail or
 * other personal column beyond the author's name and consent is ever returned.
 */
public interface FinalVersionObservations {

  /**
   * An observation as the editor links it: its part (null for the whole document) and answer's
   * outcome.
   */
  record Candidate(
      long id, long consultationId, String trackingCode, Long partId, String answerOutcome) {

    public LinkableObservation linkable() {
      return new LinkableObservation(id, consultationId, trackingCode, answerOutcome);
    }
  }

  /**
   * An observation linked to a change as stored, before the public rules apply: its answer's
   * outcome, status, text and publication time are null without an answer.
   */
  record Linked(
      long id,
      String trackingCode,
      String authorName,
      boolean showName,
      String text,
      String answerOutcome,
      String answerStatus,
      String answerText,
      Instant answerPublishedAt) {}

  /** The observations of a consultation, by tracking code. */
  List<Candidate> ofConsultation(long consultationId);

  Optional<Candidate> find(long observationId);

  /** The observations with these ids, in no particular order; ids that match none are left out. */
  List<Linked> linked(Collection<Long> observationIds);
}
