package co.gov.icetex.participa.observation.application;

import java.time.Instant;
import java.util.Optional;

/**
 * The published answer an author sees when following their observation. Answering builds on
 * observations, so the observation feature states what its lookup needs here and the answer feature
 * answers it ({@code answer.application.AnswerLookup}) from its own entities.
 */
public interface PublishedAnswers {

  /** An answer as its author reads it: the outcome's code, the text and when it was published. */
  record Published(String outcome, String text, Instant publishedAt) {}

  /** The answer with this id if it is published; empty while it is a draft or not yet approved. */
  Optional<Published> ofAnswer(long answerId);
}
