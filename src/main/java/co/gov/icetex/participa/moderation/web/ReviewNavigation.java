package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.moderation.application.NeedsAction;
import co.gov.icetex.participa.moderation.application.ObservationQueue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where the observation page leads: who owns the next step (the banner) and the next observation of
 * the queue's list that needs the viewer ("Siguiente pendiente"). Read while the page renders, so
 * after an action it reflects the observation's new state.
 */
@Named("reviewNav")
@RequestScoped
public class ReviewNavigation {

  @Inject ObservationReview review;
  @Inject ObservationQueue queue;
  @Inject QueueParams queueParams;

  private String nextPending;

  /** The code of the next observation of the same filtered, ordered list; empty when none. */
  public String getNextPending() {
    if (nextPending == null) {
      nextPending =
          review.getObservation() == null
              ? ""
              : queue.nextNeedingAction(queueParams.filter(), review.getCode()).orElse("");
    }
    return nextPending;
  }

  /** The role the next step waits on (MODERATOR, RESPONDER, APPROVER), or empty once it is over. */
  public String getOwnerRole() {
    return review.getObservation() == null
        ? ""
        : NeedsAction.ownerOf(review.getObservation().getStatus())
            .map(NeedsAction.Clause::role)
            .orElse("");
  }
}
