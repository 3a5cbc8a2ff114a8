package co.gov.icetex.participa.hearing.web;

import co.gov.icetex.participa.hearing.application.HearingSurvey;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.shared.web.LinkConfirmationBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The page an evaluation's confirmation link opens; the person presses the button to count it. */
@Named("confirmEvaluation")
@RequestScoped
public class ConfirmEvaluationBacking extends LinkConfirmationBacking<Hearing> {

  @Inject HearingSurvey survey;

  @Override
  protected Optional<Hearing> pendingFor(String secret) {
    return survey.pending(secret);
  }

  @Override
  protected Hearing confirmFor(String secret) {
    return survey.confirm(secret);
  }

  @Override
  protected String deadLinkKey() {
    return "hearing.confirm.error.link";
  }
}
