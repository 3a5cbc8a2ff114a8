package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.ClientAddress;
import co.gov.icetex.participa.staff.application.PasswordResets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * The public "forgot password" page, /clave-olvidada.xhtml. Whatever the e-mail, once it is well
 * formed the page answers with the same sentence, so it tells nobody which e-mails have an account.
 */
@Named("forgotPassword")
@RequestScoped
public class ForgotPasswordBacking {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  @Inject PasswordResets resets;
  @Inject ClientAddress clientAddress;
  @Inject HttpServletRequest request;

  private String email;
  private String errorKey;
  private boolean sent;

  public void submit() {
    String value = email == null ? "" : email.strip();
    if (value.isEmpty()) {
      errorKey = "forgotPassword.error.required";
      return;
    }
    if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
      errorKey = "validation.email.invalid";
      return;
    }
    resets.request(value, clientAddress.keyOf(request));
    sent = true;
  }

  public String getErrorKey() {
    return errorKey;
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
