package co.gov.icetex.participa.alert.web;

import co.gov.icetex.participa.alert.application.AlertSubscriptions;
import co.gov.icetex.participa.alert.application.SubscriptionView;
import co.gov.icetex.participa.shared.web.LinkConfirmationBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The page a subscription's confirmation link opens (/confirmar-aviso?t=); the person presses the
 * button to start the alerts, and is then shown the link to manage them.
 */
@Named("confirmAlert")
@RequestScoped
public class ConfirmAlertBacking extends LinkConfirmationBacking<SubscriptionView> {

  @Inject AlertSubscriptions subscriptions;

  private String manageToken;

  @Override
  protected Optional<SubscriptionView> pendingFor(String secret) {
    return subscriptions.pending(secret);
  }

  @Override
  protected SubscriptionView confirmFor(String secret) {
    SubscriptionView confirmed = subscriptions.confirm(secret);
    manageToken = subscriptions.manageToken(secret).orElse(null);
    return confirmed;
  }

  @Override
  protected String deadLinkKey() {
    return "alerts.confirm.error.link";
  }

  public String getManageToken() {
    return manageToken;
  }
}
