package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.staff.application.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the signed-in person may do with an observation now: the role each service requires
 * ({@code @RequiresRole} on {@code ModerationService} and {@code AnswerService}) combined with the
 * state rule the entity itself guards ({@code ObservationStatus.isTriageable}, {@code
 * Observation.isOpenForAnswer}, {@code Answer.isAwaitingApproval}…). The review page offers exactly
 * these forms; it does not restate the rules, and the services still refuse whatever a forged post
 * asks outside them.
 */
@ApplicationScoped
public class ReviewPolicy {

  @Inject Caller caller;
  @Inject AppClock clock;

  /** {@code answer} is the observation's answer, or null before one is drafted. */
  public Set<ReviewAction> allowedOn(Observation o, Answer answer) {
    Set<ReviewAction> allowed = EnumSet.noneOf(ReviewAction.class);
    if (caller.inRole(Roles.MODERATOR) && o.getStatus().isTriageable()) {
      allowed.add(ReviewAction.TRIAGE);
      allowed.add(ReviewAction.ASSIGN);
    }
    if (caller.inRole(Roles.RESPONDER) && ofMyOffice(o) && o.isOpenForAnswer()) {
      allowed.add(ReviewAction.DRAFT);
    }
    if (caller.inRole(Roles.APPROVER)) {
      if (answer != null && answer.isAwaitingApproval()) {
        allowed.add(ReviewAction.REVIEW);
      }
      if (answer != null && answer.isPublishable()) {
        allowed.add(ReviewAction.PUBLISH);
      }
      if (o.isExtendableOn(clock.today())) {
        allowed.add(ReviewAction.EXTEND);
      }
    }
    return allowed;
  }

  /** The answer's office rule, as AnswerService.redraft and the Answer constructor check it. */
  private boolean ofMyOffice(Observation o) {
    return o.getOffice() != null
        && caller.office().map(mine -> mine.getId().equals(o.getOffice().getId())).orElse(false);
  }
}
