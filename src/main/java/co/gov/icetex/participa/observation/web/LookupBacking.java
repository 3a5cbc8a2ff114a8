package co.gov.icetex.participa.observation.web;

import co.gov.icetex.participa.observation.application.ObservationLookup;
import co.gov.icetex.participa.observation.application.ObservationStatusView;
import co.gov.icetex.participa.shared.ClientAddress;
import co.gov.icetex.participa.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Following an observation with its tracking code and the e-mail it was sent with (posted, never in
 * a URL).
 */
@Named("lookup")
@RequestScoped
public class LookupBacking {

  @Inject ObservationLookup observations;
  @Inject ClientAddress clientAddress;
  @Inject HttpServletRequest request;

  private String code;
  private String email;
  private ObservationStatusView result;
  private String throttled;
  private boolean searched;

  public void search() {
    searched = true;
    var outcome = observations.lookup(code, email, clientAddress.keyOf(request));
    if (outcome.throttled()) {
      throttled =
          Messages.get(
              "lookup.throttled", Math.max(1, (outcome.retryAfter().toSeconds() + 59) / 60));
      return;
    }
    result = outcome.found().orElse(null);
  }

  public ObservationStatusView getResult() {
    return result;
  }

  public boolean isNotFound() {
    return searched && result == null && throttled == null;
  }

  /** Too many failed lookups from this connection: the sentence to show, else null. */
  public String getThrottled() {
    return throttled;
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
