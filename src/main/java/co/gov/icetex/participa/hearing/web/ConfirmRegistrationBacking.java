package co.gov.icetex.participa.hearing.web;

import co.gov.icetex.participa.hearing.application.AttendanceRegistrations;
import co.gov.icetex.participa.hearing.application.AttendanceRegistrations.Confirmation;
import co.gov.icetex.participa.shared.validation.Refusal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The page a registration's confirmation link opens. Opening it confirms nothing: mail scanners open
 * links too; the person presses the button (a post) to take the seat.
 */
@Named("confirmRegistration")
@RequestScoped
public class ConfirmRegistrationBacking {

  @Inject AttendanceRegistrations registrations;

  @Inject HttpServletRequest request;

  private String secret;
  private Confirmation pending;
  private Confirmation confirmed;
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
    pending = registrations.pending(secret).orElse(null);
  }

  public void confirm() {
    try {
      confirmed = registrations.confirm(secret);
    } catch (Refusal refused) {
      error = refused.violations().get(0).message();
    }
  }

  public Confirmation getPending() {
    return pending;
  }

  public Confirmation getConfirmed() {
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
