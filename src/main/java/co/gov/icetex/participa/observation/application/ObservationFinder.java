package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.TrackingCode;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Finds an observation by its tracking code as people type it (any case, spaces around): the one
 * place that reads a code, for the citizen's follow-up and every staff action. Runs in the caller's
 * transaction.
 */
@ApplicationScoped
public class ObservationFinder {

  @PersistenceContext EntityManager em;

  public Optional<Observation> byCode(String trackingCode) {
    return TrackingCode.parse(trackingCode)
        .flatMap(
            code ->
                em.createNamedQuery(Observation.FIND_BY_CODE, Observation.class)
                    .setParameter("code", code.toString())
                    .getResultStream()
                    .findFirst());
  }

  /** For staff actions: the observation, or a refusal that names the code. */
  public Observation require(String trackingCode) {
    return byCode(trackingCode)
        .orElseThrow(
            () ->
                Refusal.of(
                    Reason.NOT_FOUND,
                    "moderation.error.notFound",
                    trackingCode == null ? "" : trackingCode));
  }
}
