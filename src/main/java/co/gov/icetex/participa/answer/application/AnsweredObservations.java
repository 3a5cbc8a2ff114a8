package co.gov.icetex.participa.answer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A consultation's observations with their answer's outcome, as the features built on answering
 * read them (the final version links changes to them): answering owns answers and builds on
 * observations, so the query over both tables is here and nowhere else. Values are selected column
 * by column (no entity is loaded, no e-mail or other personal column beyond the author's name and
 * consent is read).
 */
@ApplicationScoped
@Transactional
public class AnsweredObservations {

  /** An observation with its part (null for the whole document) and its answer's outcome. */
  public record Outcome(
      long id, long consultationId, String trackingCode, Long partId, String answerOutcome) {}

  /**
   * An observation with its text and its answer as stored, before any public rule applies: the
   * answer's outcome, status, text and publication time are null without an answer.
   */
  public record Detail(
      long id,
      String trackingCode,
      String authorName,
      boolean showName,
      String text,
      String answerOutcome,
      String answerStatus,
      String answerText,
      Instant answerPublishedAt) {}

  private static final String OUTCOMES =
      "SELECT o.id, o.consultation.id, o.trackingCode, p.id, a.outcome FROM Observation o"
          + " LEFT JOIN o.part p LEFT JOIN Answer a ON a.id = o.answerId ";

  @PersistenceContext EntityManager em;

  /** The observations of a consultation, by tracking code. */
  public List<Outcome> ofConsultation(long consultationId) {
    return em.createQuery(
            OUTCOMES + "WHERE o.consultation.id = :id ORDER BY o.trackingCode", Object[].class)
        .setParameter("id", consultationId)
        .getResultStream()
        .map(AnsweredObservations::outcome)
        .toList();
  }

  public Optional<Outcome> find(long observationId) {
    return em.createQuery(OUTCOMES + "WHERE o.id = :id", Object[].class)
        .setParameter("id", observationId)
        .getResultStream()
        .map(AnsweredObservations::outcome)
        .findFirst();
  }

  /** The observations with these ids, in no particular order; ids that match none are left out. */
  public List<Detail> details(Collection<Long> observationIds) {
    if (observationIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT o.id, o.trackingCode, o.authorName, o.showName, o.text, a.outcome, a.status, a.text,"
                + " a.publishedAt FROM Observation o LEFT JOIN Answer a ON a.id = o.answerId"
                + " WHERE o.id IN :ids",
            Object[].class)
        .setParameter("ids", List.copyOf(observationIds))
        .getResultStream()
        .map(
            r ->
                new Detail(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (Boolean) r[3],
                    (String) r[4],
                    name(r[5]),
                    name(r[6]),
                    (String) r[7],
                    (Instant) r[8]))
        .toList();
  }

  private static Outcome outcome(Object[] r) {
    return new Outcome((Long) r[0], (Long) r[1], (String) r[2], (Long) r[3], name(r[4]));
  }

  private static String name(Object value) {
    return value == null ? null : ((Enum<?>) value).name();
  }
}
