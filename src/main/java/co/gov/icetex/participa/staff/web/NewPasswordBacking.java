package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import co.gov.icetex.participa.shared.web.Pages;
import co.gov.icetex.participa.staff.application.PasswordResets;
import co.gov.icetex.participa.staff.application.PasswordResets.LinkView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * Choosing a password through an e-mailed link, /nueva-clave.xhtml?token=... (form {@code pw}): for
 * a new account and after a reset request. The page is stateless; the token travels in the form and
 * is the proof. A link that no longer works, and a refused password, are said in the page's error
 * summary.
 */
@Named("newPassword")
@RequestScoped
public class NewPasswordBacking {

  @Inject PasswordResets resets;
  @Inject HttpServletRequest request;
  @Inject FormErrors formErrors;

  private String token;
  private LinkView link;
  private String password;
  private String confirmation;

  @PostConstruct
  void restoreOnPost() {
    if ("POST".equals(request.getMethod()) && request.getParameter("pw:token") != null) {
      token = request.getParameter("pw:token");
      load();
    }
  }

  public void load() {
    link = resets.check(token).orElse(null);
    if (link == null) {
      formErrors.showGlobal("newPassword.error.invalidLink");
    }
  }

  public void submit() {
    try {
      resets.setPassword(token, password, confirmation);
      Pages.redirect("/ingreso", Map.of("clave", "lista"));
    } catch (Refusal refused) {
      if (refused.globalMessage().isPresent()) {
        link = null; // the link stopped working meanwhile
      }
      formErrors.show("pw", refused);
    } finally {
      password = null;
      confirmation = null;
    }
  }

  public boolean isValid() {
    return link != null;
  }

  public LinkView getLink() {
    return link;
  }

  public int getMaxLength() {
    return PasswordResets.MAX_LENGTH;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
