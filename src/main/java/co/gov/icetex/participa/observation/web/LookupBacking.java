package co.gov.icetex.participa.observation.web;

import co.gov.icetex.participa.observation.application.ObservationService;
import co.gov.icetex.participa.observation.application.ObservationStatusView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Following an observation with its tracking code and the e-mail it was sent with (posted, never in a URL). */
@Named("lookup")
@RequestScoped
public class LookupBacking {

  @Inject ObservationService observations;

  private String code;
  private String email;
  private ObservationStatusView result;
  private boolean searched;

  public void search() {
    searched = true;
    result = observations.lookup(code, email).orElse(null);
  }

  public ObservationStatusView getResult() {
    return result;
  }

  public boolean isNotFound() {
    return searched && result == null;
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
