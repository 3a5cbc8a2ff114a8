package co.gov.icetex.participa.hearing.web;

import co.gov.icetex.participa.hearing.application.HearingSurvey;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.shared.RuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The page an evaluation's confirmation link opens; the person presses the button to count it. */
@Named("confirmEvaluation")
@RequestScoped
public class ConfirmEvaluationBacking {

  @Inject HearingSurvey survey;

  @Inject HttpServletRequest request;

  private String secret;
  private Hearing pending;
  private Hearing confirmed;
  private String error;

  /**
   * On the post, the link's secret is read before Faces decodes the form: whether the form is rendered
   * (and so decoded at all) depends on it, and a stateless view remembers nothing from the GET.
   */
  @PostConstruct
  void restoreOnPost() {
    if ("POST".equals(request.getMethod()) && request.getParameter("confirm:t") != null) {
      secret = request.getParameter("confirm:t");
      load();
    }
  }

  public void load() {
    pending = survey.pending(secret).orElse(null);
  }

  public void confirm() {
    try {
      confirmed = survey.confirm(secret);
    } catch (RuleViolation refused) {
      error = refused.message();
    }
  }

  public Hearing getPending() {
    return pending;
  }

  public Hearing getConfirmed() {
    return confirmed;
  }

  public String getError() {
    return error;
  }

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }
}
