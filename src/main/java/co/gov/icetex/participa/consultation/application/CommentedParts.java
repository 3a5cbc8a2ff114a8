package co.gov.icetex.participa.consultation.application;

import java.util.Set;

/**
 * Which parts of a consultation citizens commented on: the editor keeps those from being removed by
 * a correction. Observations depend on consultations, so consultation states what it needs here and
 * the observation feature answers it ({@code observation.application.ObservationsByPart}) from its
 * own entities.
 */
public interface CommentedParts {

  /** The ids of the parts of the consultation that have at least one observation. */
  Set<Long> of(long consultationId);
}
