package co.gov.icetex.participa.observation.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an observation stands: received → accepted (publishable) → assigned to an office → answer
 * drafted (or returned for changes) → answer approved → answer published; or rejected with a
 * reason, or redirected as a petition (PQRSD).
 */
public enum ObservationStatus {
  RECEIVED,
  ACCEPTED,
  ASSIGNED,
  DRAFTED,
  RETURNED,
  APPROVED,
  PUBLISHED,
  REJECTED,
  REDIRECTED;

  /** Still waiting for its answer to reach the author: these count against the deadline. */
  public static final Set<ObservationStatus> PENDING =
      EnumSet.of(RECEIVED, ACCEPTED, ASSIGNED, DRAFTED, RETURNED, APPROVED);

  public boolean isPending() {
    return PENDING.contains(this);
  }

  /** A moderator may still change the triage decision: nobody has started answering. */
  public boolean isTriageable() {
    return this == RECEIVED || this == ACCEPTED || this == ASSIGNED;
  }

  /** A responder may draft an answer. */
  public boolean isAnswerable() {
    return this == ASSIGNED || this == RETURNED;
  }
}
