package co.gov.icetex.participa.observation.web;

import co.gov.icetex.participa.observation.application.ObservationLookup;
import co.gov.icetex.participa.observation.application.ObservationStatusView;
import co.gov.icetex.participa.shared.ClientAddress;
import co.gov.icetex.participa.shared.web.FormErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Following an observation with its tracking code and the e-mail it was sent with (posted, never in
 * a URL). A wrong pair and a throttled client are said in the page's error summary, like any form's
 * refusal; an empty field is a wrong pair too (and counts as a failure), so an empty form tells
 * nothing more than a wrong one.
 */
@Named("lookup")
@RequestScoped
public class LookupBacking {

  @Inject ObservationLookup observations;
  @Inject ClientAddress clientAddress;
  @Inject HttpServletRequest request;
  @Inject FormErrors formErrors;

  private String code;
  private String email;
  private ObservationStatusView result;

  public void search() {
    var outcome = observations.lookup(code, email, clientAddress.keyOf(request));
    if (outcome.throttled()) {
      formErrors.showGlobal(
          "lookup.throttled", Math.max(1, (outcome.retryAfter().toSeconds() + 59) / 60));
      return;
    }
    result = outcome.found().orElse(null);
    if (result == null) {
      formErrors.showGlobal("lookup.notFound");
    }
  }

  public ObservationStatusView getResult() {
    return result;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
