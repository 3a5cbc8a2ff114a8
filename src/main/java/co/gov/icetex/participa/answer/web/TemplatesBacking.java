package co.gov.icetex.participa.answer.web;

import co.gov.icetex.participa.answer.application.AnswerTemplates;
import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.answer.domain.AnswerTemplate;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The answer templates of the answers desk: the list with its retire buttons (form {@code
 * templates}) and the new template (form {@code newTemplate}). Nothing is kept between requests:
 * what was typed stays on the page after a refusal, as the form posts it again.
 */
@Named("answerTemplates")
@RequestScoped
public class TemplatesBacking {

  @Inject AnswerTemplates templates;

  private String title;
  private AnswerOutcome outcome;
  private String text;

  public void create() {
    if (Actions.run(() -> templates.create(title, outcome, text), "template.created")) {
      title = null;
      outcome = null;
      text = null;
    }
  }

  public void retire(long id) {
    Actions.run(() -> templates.retire(id), "template.retired");
  }

  public List<AnswerTemplate> getActive() {
    return templates.active();
  }

  public AnswerOutcome[] getOutcomes() {
    return AnswerOutcome.values();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public AnswerOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(AnswerOutcome outcome) {
    this.outcome = outcome;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
