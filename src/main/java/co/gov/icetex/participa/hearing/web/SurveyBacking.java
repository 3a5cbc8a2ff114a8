package co.gov.icetex.participa.hearing.web;

import co.gov.icetex.participa.hearing.application.HearingSurvey;
import co.gov.icetex.participa.hearing.domain.SurveyAnswer;
import co.gov.icetex.participa.hearing.domain.SurveyResponse;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.shared.web.FormErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The evaluation form of the hearing page (form id {@code survey}), after the hearing. Its refusals
 * are shown in the form's own summary.
 */
@Named("surveyForm")
@RequestScoped
public class SurveyBacking {

  @Inject HearingPageBacking page;
  @Inject HearingSurvey survey;
  @Inject FormErrors formErrors;

  private String email;
  private Integer clarity;
  private Integer usefulness;
  private SurveyAnswer questionAnswered;
  private String comment;
  private boolean evaluated;

  public void evaluate() {
    var sender = page.sender();
    if (sender.isEmpty()) {
      formErrors.show("survey", Refusal.of(Reason.BAD_REQUEST, "hearing.error.forged"));
      return;
    }
    if (clarity == null || usefulness == null) {
      formErrors.show(
          "survey",
          Refusal.invalid(
              clarity == null ? "clarity" : "usefulness", "hearing.survey.error.scale"));
      return;
    }
    try {
      survey.respond(
          page.hearing().getSlug(),
          email,
          new SurveyResponse.Answers(clarity, usefulness, questionAnswered, comment),
          sender.get());
      evaluated = true;
    } catch (Refusal refused) {
      formErrors.show("survey", refused);
    }
  }

  public boolean isEvaluated() {
    return evaluated;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Integer getClarity() {
    return clarity;
  }

  public void setClarity(Integer clarity) {
    this.clarity = clarity;
  }

  public Integer getUsefulness() {
    return usefulness;
  }

  public void setUsefulness(Integer usefulness) {
    this.usefulness = usefulness;
  }

  public SurveyAnswer getQuestionAnswered() {
    return questionAnswered;
  }

  public void setQuestionAnswered(SurveyAnswer questionAnswered) {
    this.questionAnswered = questionAnswered;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
