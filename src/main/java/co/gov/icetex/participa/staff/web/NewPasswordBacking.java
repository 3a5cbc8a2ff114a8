package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Violation;
import co.gov.icetex.participa.shared.web.Pages;
import co.gov.icetex.participa.staff.application.PasswordResets;
import co.gov.icetex.participa.staff.application.PasswordResets.LinkView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Choosing a password through an e-mailed link, /nueva-clave.xhtml?token=...: for a new account and
 * after a reset request. The page is stateless; the token travels in the form and is the proof.
 */
@Named("newPassword")
@RequestScoped
public class NewPasswordBacking {

  @Inject PasswordResets resets;
  @Inject HttpServletRequest request;

  private String token;
  private LinkView link;
  private String password;
  private String confirmation;
  private Map<String, String> errors = Map.of();

  @PostConstruct
  void restoreOnPost() {
    if ("POST".equals(request.getMethod()) && request.getParameter("pw:token") != null) {
      token = request.getParameter("pw:token");
      load();
    }
  }

  public void load() {
    link = resets.check(token).orElse(null);
  }

  public void submit() {
    try {
      resets.setPassword(token, password, confirmation);
      Pages.redirect("/ingreso", Map.of("clave", "lista"));
    } catch (Refusal refused) {
      errors =
          refused.violations().stream()
              .collect(
                  Collectors.toMap(
                      Violation::field, Violation::message, (a, b) -> a, LinkedHashMap::new));
      if (errors.containsKey(Violation.GLOBAL)) {
        link = null; // the link stopped working meanwhile
      }
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

  public String error(String field) {
    return errors.get(field);
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
