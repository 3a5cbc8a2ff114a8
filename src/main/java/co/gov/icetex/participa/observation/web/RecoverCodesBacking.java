package co.gov.icetex.participa.observation.web;

import co.gov.icetex.participa.observation.application.CodeRecovery;
import co.gov.icetex.participa.observation.application.CodeRecoveryRequest;
import co.gov.icetex.participa.shared.ClientAddress;
import co.gov.icetex.participa.shared.FormTokens;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /recuperar-codigos} (form id {@code recover}): a person types their address and the portal
 * e-mails them their tracking codes ({@link CodeRecovery}). Once accepted, the page says the same
 * neutral sentence whether the address sent observations or not; a malformed address, an expired
 * form or a client over its limit is said in the error summary.
 */
@Named("recoverCodes")
@RequestScoped
public class RecoverCodesBacking {

  @Inject CodeRecovery recovery;
  @Inject FormTokens tokens;
  @Inject ClientAddress clientAddress;
  @Inject HttpServletRequest request;
  @Inject FormErrors formErrors;

  private String email;
  private String website;
  private String token;
  private boolean sent;

  @PostConstruct
  void issueToken() {
    token = tokens.issue(); // replaced by the posted one when the form is decoded
  }

  public void send() {
    var submissionId = tokens.submissionId(token);
    if (submissionId.isEmpty()) {
      formErrors.showGlobal("observe.error.token");
      token = tokens.issue();
      return;
    }
    try {
      recovery.request(
          new CodeRecoveryRequest(email),
          submissionId.get(),
          clientAddress.keyOf(request),
          website);
      sent = true;
    } catch (Refusal refused) {
      formErrors.show("recover", refused);
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

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
