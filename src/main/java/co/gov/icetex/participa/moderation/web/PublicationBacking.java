package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.answer.application.AnswerService;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The publication form of the observation page (form id {@code publication}): one button. */
@Named("publicationForm")
@RequestScoped
public class PublicationBacking {

  @Inject ObservationReview review;
  @Inject AnswerService answers;

  public void publish() {
    long answerId = review.answerId();
    if (Actions.runIn("publication", () -> answers.publish(answerId), "answer.published")) {
      review.reload();
    }
  }
}
