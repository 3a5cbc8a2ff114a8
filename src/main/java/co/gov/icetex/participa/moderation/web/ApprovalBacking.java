package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.answer.application.AnswerService;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The approval form of the observation page (form id {@code approval}): approve, or return with a
 * comment.
 */
@Named("approvalForm")
@RequestScoped
public class ApprovalBacking {

  @Inject ObservationReview review;
  @Inject AnswerService answers;

  private String comment;

  public void approve() {
    long answerId = review.answerId();
    if (Actions.runIn("approval", () -> answers.approve(answerId), "answer.approved")) {
      review.reload();
    }
  }

  public void returnForChanges() {
    long answerId = review.answerId();
    if (Actions.runIn(
        "approval", () -> answers.returnForChanges(answerId, comment), "answer.returned")) {
      review.reload();
      comment = null;
    }
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
