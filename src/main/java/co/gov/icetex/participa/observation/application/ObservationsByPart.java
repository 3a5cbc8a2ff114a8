package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.consultation.application.CommentedParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;

/**
 * The parts of a consultation that have observations, for consultation's editor ({@link
 * CommentedParts}).
 */
@ApplicationScoped
@Transactional
public class ObservationsByPart implements CommentedParts {

  @PersistenceContext EntityManager em;

  @Override
  public Set<Long> of(long consultationId) {
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT p.id FROM Observation o JOIN o.part p WHERE o.consultation.id = :id",
                Long.class)
            .setParameter("id", consultationId)
            .getResultList());
  }
}
