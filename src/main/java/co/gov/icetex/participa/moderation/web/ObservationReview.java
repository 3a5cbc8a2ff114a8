package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.answer.application.AnswerService;
import co.gov.icetex.participa.answer.application.AnswerTemplates;
import co.gov.icetex.participa.answer.application.AnswerTemplates.TemplateChoice;
import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.moderation.application.ObservationQueue;
import co.gov.icetex.participa.moderation.application.ReviewAction;
import co.gov.icetex.participa.moderation.application.ReviewHistory;
import co.gov.icetex.participa.moderation.application.ReviewPolicy;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The staff page of one observation ({@code admin/observaciones/ver.xhtml}): its data and history,
 * and which of the page's forms to show, as {@link ReviewPolicy} answers for the signed-in person.
 * Each form has its own bean (TriageBacking, AssignBacking, DraftBacking with GroupAnswerChoices,
 * ApprovalBacking, PublicationBacking, ExtensionBacking) that reads the observation from here.
 */
@Named("review")
@RequestScoped
public class ObservationReview {

  @Inject ObservationQueue queue;
  @Inject ReviewPolicy policy;
  @Inject AnswerService answers;
  @Inject AnswerTemplates templates;
  @Inject ReviewHistory history;

  private String code;
  private Long templateId;
  private Observation observation;
  private Optional<Answer> answer;
  private Set<ReviewAction> allowed;
  private ObservationQueue.Hidden hidden;

  /**
   * A responder who follows a link to another office's observation is told so (403, on the staff
   * layout, nothing of it shown) rather than given the citizen's "not found".
   */
  public void load() {
    if (getObservation() == null) {
      hidden = code == null ? ObservationQueue.Hidden.MISSING : queue.whyHidden(code);
      if (hidden == ObservationQueue.Hidden.MISSING) {
        Pages.notFound();
      } else {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
      }
    }
  }

  public boolean isForbidden() {
    return hidden != null && hidden != ObservationQueue.Hidden.MISSING;
  }

  /** Why the page shows nothing (UNASSIGNED, OTHER_OFFICE), or null. */
  public ObservationQueue.Hidden getHidden() {
    return hidden;
  }

  /** After an action: what the page shows and offers is read again. */
  public void reload() {
    observation = null;
    answer = null;
    allowed = null;
  }

  /** Read on first use: on a postback the page asks what to render before any action runs. */
  public Observation getObservation() {
    if (code == null) {
      // Each form posts the code too: components ask whether they are rendered before the view
      // parameters of a postback are applied.
      code =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get("codigo");
    }
    if (observation == null && code != null) {
      observation = queue.find(code).orElse(null);
    }
    return observation;
  }

  /** Whether the page offers this form (EL passes the action's name). */
  public boolean may(ReviewAction action) {
    if (allowed == null) {
      allowed =
          getObservation() == null ? Set.of() : policy.allowedOn(getObservation(), getAnswer());
    }
    return allowed.contains(action);
  }

  /** The observation's answer (read once per request), or null before one is drafted. */
  public Answer getAnswer() {
    if (answer == null) {
      Observation o = getObservation();
      answer = o == null ? Optional.empty() : answers.find(o.getAnswerId());
    }
    return answer.orElse(null);
  }

  long answerId() {
    return Objects.requireNonNull(getObservation().getAnswerId(), "no answer");
  }

  public List<TemplateChoice> getTemplates() {
    return templates.choices();
  }

  /** The observation's own events and its answer's, in time order. */
  public List<ReviewHistory.Line> getHistory() {
    return history.of(getObservation());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
  }
}
