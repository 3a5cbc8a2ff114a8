package co.gov.icetex.participa.alert.web;

import co.gov.icetex.participa.alert.application.AlertSubscriptions;
import co.gov.icetex.participa.alert.application.SubscriptionView;
import co.gov.icetex.participa.alert.domain.AlertTopics;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.shared.RuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;

/**
 * The page every alert links to (/gestionar-avisos?s=TOKEN): change the topics of a general
 * subscription, or unsubscribe. The signed token in the link is the authority; the page is stateless
 * and its forms carry the token.
 */
@Named("manageAlerts")
@RequestScoped
public class ManageAlertsBacking {

  @Inject AlertSubscriptions subscriptions;
  @Inject HttpServletRequest request;

  private String token;
  private SubscriptionView subscription;
  private boolean newConsultations;
  private String type;
  private boolean closingReminders;
  private boolean saved;
  private boolean unsubscribed;
  private String error;

  /** On a post the token is read before Faces decodes the forms, whose rendering depends on it. */
  @PostConstruct
  void restoreOnPost() {
    if ("POST".equals(request.getMethod()) && request.getParameter("s") != null) {
      token = request.getParameter("s");
      load();
    }
  }

  public void load() {
    subscription = subscriptions.managed(token).orElse(null);
    if (subscription != null && !"POST".equals(request.getMethod())) {
      AlertTopics topics = subscription.topics();
      newConsultations = topics.newConsultations();
      type = topics.type() == null ? null : topics.type().name();
      closingReminders = topics.closingReminders();
    }
  }

  public void save() {
    ConsultationType chosen = Arrays.stream(ConsultationType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
    try {
      subscription = subscriptions.changeTopics(token, new AlertTopics(newConsultations, chosen, closingReminders));
      saved = true;
    } catch (RuleViolation refused) {
      error = refused.message();
    }
  }

  public void unsubscribe() {
    subscriptions.unsubscribe(token);
    subscription = null;
    unsubscribed = true;
  }

  public ConsultationType[] getTypes() {
    return ConsultationType.values();
  }

  public SubscriptionView getSubscription() {
    return subscription;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isNewConsultations() {
    return newConsultations;
  }

  public void setNewConsultations(boolean newConsultations) {
    this.newConsultations = newConsultations;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public boolean isClosingReminders() {
    return closingReminders;
  }

  public void setClosingReminders(boolean closingReminders) {
    this.closingReminders = closingReminders;
  }

  public boolean isSaved() {
    return saved;
  }

  public boolean isUnsubscribed() {
    return unsubscribed;
  }

  public String getError() {
    return error;
  }
}
