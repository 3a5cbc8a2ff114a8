package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.ClientAddress;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import co.gov.icetex.participa.staff.application.PasswordResetRequest;
import co.gov.icetex.participa.staff.application.PasswordResets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The public "forgot password" page, /clave-olvidada.xhtml (form {@code forgot}). Whatever the
 * e-mail, once it is well formed the page answers with the same notice, so it tells nobody which
 * e-mails have an account; an empty or malformed address is said on the field.
 */
@Named("forgotPassword")
@RequestScoped
public class ForgotPasswordBacking {

  @Inject PasswordResets resets;
  @Inject ClientAddress clientAddress;
  @Inject HttpServletRequest request;
  @Inject FormErrors formErrors;

  private String email;
  private boolean sent;

  public void submit() {
    try {
      resets.request(new PasswordResetRequest(email), clientAddress.keyOf(request));
      sent = true;
    } catch (Refusal refused) {
      formErrors.show("forgot", refused);
    }
  }

  public boolean isSent() {
    return sent;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
