package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.answer.application.AnswerService;
import co.gov.icetex.participa.answer.application.AnswerTemplates.TemplateChoice;
import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer form of the observation page (form id {@code draft}): a first draft, for the
 * observation and the similar ones ticked ({@code grupo}), or a new text of its answer. It opens
 * with the answer written so far, or with the template chosen ({@code plantilla}); after a refusal,
 * with what was typed.
 */
@Named("draftForm")
@RequestScoped
public class DraftBacking {

  @Inject ObservationReview review;
  @Inject AnswerService answers;
  @Inject GroupAnswerChoices group;

  private AnswerOutcome outcome;
  private String text;
  private boolean filled;

  public void save() {
    Observation o = review.getObservation();
    AnswerOutcome chosen = outcome;
    String written = text;
    boolean saved;
    if (o.getAnswerId() != null) {
      long answerId = o.getAnswerId();
      saved =
          Actions.runIn(
              "draft", () -> answers.redraft(answerId, chosen, written), "answer.drafted");
    } else {
      List<String> codes = new ArrayList<>(List.of(review.getCode()));
      codes.addAll(group.ticked());
      saved = Actions.runIn("draft", () -> answers.draft(codes, chosen, written), "answer.drafted");
    }
    if (saved) {
      review.reload();
      filled = false; // show the answer as saved
    }
  }

  /** The answer so far, else the template chosen, unless the person already typed something. */
  private void fill() {
    if (filled) {
      return;
    }
    filled = true;
    Answer answer = review.getObservation() == null ? null : review.getAnswer();
    if (answer != null) {
      outcome = answer.getOutcome();
      text = answer.getText();
    } else if (review.getTemplateId() != null) {
      review.getTemplates().stream()
          .filter(t -> review.getTemplateId().equals(t.id()))
          .findFirst()
          .ifPresent(this::use);
    }
  }

  private void use(TemplateChoice template) {
    outcome = template.outcome();
    text = template.text();
  }

  public AnswerOutcome[] getOutcomes() {
    return AnswerOutcome.values();
  }

  public AnswerOutcome getOutcome() {
    fill();
    return outcome;
  }

  public void setOutcome(AnswerOutcome outcome) {
    filled = true;
    this.outcome = outcome;
  }

  public String getText() {
    fill();
    return text;
  }

  public void setText(String text) {
    filled = true;
    this.text = text;
  }
}
