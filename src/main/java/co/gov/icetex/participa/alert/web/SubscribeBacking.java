package co.gov.icetex.participa.alert.web;

import co.gov.icetex.participa.alert.application.AlertForms;
import co.gov.icetex.participa.alert.application.AlertSubscriptions;
import co.gov.icetex.participa.alert.domain.SubscriptionRequest;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.shared.ClientAddress;
import co.gov.icetex.participa.shared.FormTokens;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;

/**
 * The subscription form (/avisos, or /avisos?c=SLUG for one consultation's documents; form {@code
 * alert}). Stateless like the hearing's forms: it carries the consultation's slug and a signed
 * single-use token. A refusal is shown by {@link FormErrors}.
 */
@Named("subscribe")
@RequestScoped
public class SubscribeBacking {

  @Inject AlertSubscriptions subscriptions;
  @Inject FormTokens tokens;
  @Inject ClientAddress clientAddress;
  @Inject HttpServletRequest request;
  @Inject FormErrors formErrors;

  private String slug;
  private Consultation consultation;
  private String token;
  private String email;
  private final TopicChoice topics = new TopicChoice();
  private boolean consent;
  private boolean sent;

  /**
   * On GET the slug comes from the URL; on a post, from the form's hidden field (the view is
   * stateless).
   */
  public void load() {
    if (slug == null) {
      slug = request.getParameter("c");
    }
    if (slug != null && !slug.isBlank()) {
      consultation = subscriptions.consultation(slug).orElse(null);
      if (consultation == null) {
        Pages.notFound();
      }
    }
  }

  public void submit() {
    Optional<String> submission = tokens.submissionId(token);
    if (submission.isEmpty()) {
      formErrors.showGlobal("alerts.error.forged");
      return;
    }
    var subscription =
        new SubscriptionRequest(
            email,
            getConsultation() == null ? null : consultation.getSlug(),
            topics.isNewConsultations(),
            topics.chosenType(),
            topics.isClosingReminders(),
            consent);
    try {
      subscriptions.request(
          subscription, new AlertForms.Sender(submission.get(), clientAddress.keyOf(request)));
      sent = true;
    } catch (Refusal refused) {
      // "At least one topic" is about the topics as a whole: said on the first one.
      formErrors.show("alert", refused, Map.of("topicChosen", "newConsultations"));
    }
  }

  public Consultation getConsultation() {
    if (consultation == null && slug == null) {
      load();
    }
    return consultation;
  }

  public String getToken() {
    if (token == null) {
      token = tokens.issue();
    }
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public boolean isSent() {
    return sent;
  }

  public TopicChoice getTopics() {
    return topics;
  }
}
