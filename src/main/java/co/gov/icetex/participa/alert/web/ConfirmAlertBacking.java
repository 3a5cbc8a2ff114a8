package co.gov.icetex.participa.alert.web;

import co.gov.icetex.participa.alert.application.AlertSubscriptions;
import co.gov.icetex.participa.alert.application.SubscriptionView;
import co.gov.icetex.participa.shared.RuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The page a subscription's confirmation link opens (/confirmar-aviso?t=). Opening it confirms nothing:
 * mail scanners open links too; the person presses the button (a post) to start the alerts.
 */
@Named("confirmAlert")
@RequestScoped
public class ConfirmAlertBacking {

  @Inject AlertSubscriptions subscriptions;
  @Inject HttpServletRequest request;

  private String secret;
  private SubscriptionView pending;
  private SubscriptionView confirmed;
  private String manageToken;
  private String error;

  /** On the post the secret is read before Faces decodes the form, whose rendering depends on it. */
  @PostConstruct
  void restoreOnPost() {
    if ("POST".equals(request.getMethod()) && request.getParameter("confirm:t") != null) {
      secret = request.getParameter("confirm:t");
      load();
    }
  }

  public void load() {
    pending = subscriptions.pending(secret).orElse(null);
  }

  public void confirm() {
    try {
      confirmed = subscriptions.confirm(secret);
      manageToken = subscriptions.manageToken(secret).orElse(null);
    } catch (RuleViolation refused) {
      error = refused.message();
    }
  }

  public SubscriptionView getPending() {
    return pending;
  }

  public SubscriptionView getConfirmed() {
    return confirmed;
  }

  public String getManageToken() {
    return manageToken;
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
