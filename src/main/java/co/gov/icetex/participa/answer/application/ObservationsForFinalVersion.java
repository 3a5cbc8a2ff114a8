package co.gov.icetex.participa.answer.application;

import co.gov.icetex.participa.consultation.application.FinalVersionObservations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The observations and answers the final version of a consultation links to its changes, read here
 * because answering owns answers and builds on observations: consultation only states what it needs
 * ({@link FinalVersionObservations}). Values are selected column by column (no entity is loaded, no
 * e-mail is read).
 */
@ApplicationScoped
@Transactional
public class ObservationsForFinalVersion implements FinalVersionObservations {

  private static final String CANDIDATES =
      "SELECT o.id, o.consultation.id, o.trackingCode, p.id, a.outcome FROM Observation o"
          + " LEFT JOIN o.part p LEFT JOIN o.answer a ";

  @PersistenceContext EntityManager em;

  @Override
  public List<Candidate> ofConsultation(long consultationId) {
    return em.createQuery(
            CANDIDATES + "WHERE o.consultation.id = :id ORDER BY o.trackingCode", Object[].class)
        .setParameter("id", consultationId)
        .getResultStream()
        .map(ObservationsForFinalVersion::candidate)
        .toList();
  }

  @Override
  public Optional<Candidate> find(long observationId) {
    return em.createQuery(CANDIDATES + "WHERE o.id = :id", Object[].class)
        .setParameter("id", observationId)
        .getResultStream()
        .map(ObservationsForFinalVersion::candidate)
        .findFirst();
  }

  @Override
  public List<Linked> linked(Collection<Long> observationIds) {
    if (observationIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT o.id, o.trackingCode, o.authorName, o.showName, o.text, a.outcome, a.status, a.text,"
                + " a.publishedAt FROM Observation o LEFT JOIN o.answer a WHERE o.id IN :ids",
            Object[].class)
        .setParameter("ids", List.copyOf(observationIds))
        .getResultStream()
        .map(
            r ->
                new Linked(
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

  private static Candidate candidate(Object[] r) {
    return new Candidate((Long) r[0], (Long) r[1], (String) r[2], (Long) r[3], name(r[4]));
  }

  private static String name(Object value) {
    return value == null ? null : ((Enum<?>) value).name();
  }
}
