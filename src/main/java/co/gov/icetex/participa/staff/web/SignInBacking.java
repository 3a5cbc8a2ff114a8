package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.shared.web.FormErrors;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * The staff sign-in page (form {@code signin}). Jakarta Security does the work; this bean hands it
 * the credential and says, in one sentence in the page's error summary whatever went wrong, that
 * the sign-in failed (never which part was wrong, so no field is marked).
 */
@Named("signIn")
@RequestScoped
public class SignInBacking {

  @Inject SecurityContext security;
  @Inject FormErrors formErrors;

  private String email;
  private String password;

  public void submit() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        email == null ? "" : email, new Password(password == null ? "" : password)))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS ->
          Pages.redirect(
              StaffAuthenticationMechanism.takeReturnPath(
                  (HttpServletRequest) external.getRequest()),
              Map.of());
      default -> {
        // Leave nothing of the failed attempt behind: Jakarta Security keeps its state in the
        // session,
        // and a stale failure there would make the next protected page answer blank.
        external.invalidateSession();
        formErrors.show("signin", Refusal.of(Reason.INVALID, "signIn.failed"));
      }
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
