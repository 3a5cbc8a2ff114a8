package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.validation.Refusal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * A page that a confirmation link opens ({@code ?t=} the link's secret). Opening it confirms
 * nothing: mail scanners open links too; the person presses the button (a post carrying the secret
 * in the hidden field {@code confirm:t}) to confirm. A subclass says what is pending for a secret
 * and how to confirm it. A link that leads to nothing pending, and a refusal, are said in the
 * page's error summary ({@link FormErrors}); {@link #getError()} tells the page to show neither the
 * button nor the result.
 *
 * @param <T> what the page shows of the pending thing and of the confirmed one
 */
public abstract class LinkConfirmationBacking<T> {

  @Inject HttpServletRequest request;
  @Inject FormErrors formErrors;

  private String secret;
  private T pending;
  private T confirmed;
  private String error;

  /**
   * What awaits confirmation under this secret; empty when nothing does (unknown, expired, done).
   */
  protected abstract Optional<T> pendingFor(String secret);

  /** Confirms what waits under this secret; throws {@link Refusal} when it may not be. */
  protected abstract T confirmFor(String secret);

  /** The bundle key of the sentence for a link under which nothing waits. */
  protected abstract String deadLinkKey();

  /**
   * On the post, the link's secret is read before Faces decodes the form: whether the form is
   * rendered (and so decoded at all) depends on it, and a stateless view remembers nothing from the
   * GET.
   */
  @PostConstruct
  void restoreOnPost() {
    if ("POST".equals(request.getMethod()) && request.getParameter("confirm:t") != null) {
      secret = request.getParameter("confirm:t");
      load();
    }
  }

  public void load() {
    pending = pendingFor(secret).orElse(null);
    if (pending == null) {
      formErrors.showGlobal(deadLinkKey());
    }
  }

  public void confirm() {
    try {
      confirmed = confirmFor(secret);
    } catch (Refusal refused) {
      error = refused.violations().get(0).message();
      formErrors.show("confirm", refused);
    }
  }

  public T getPending() {
    return pending;
  }

  public T getConfirmed() {
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
