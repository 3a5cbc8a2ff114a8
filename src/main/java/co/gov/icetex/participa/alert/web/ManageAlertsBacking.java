package co.gov.icetex.participa.alert.web;

import co.gov.icetex.participa.alert.application.AlertSubscriptions;
import co.gov.icetex.participa.alert.application.SubscriptionView;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The page every alert links to (/gestionar-avisos?s=TOKEN): change the topics of a general
 * subscription, or unsubscribe. The signed token in the link is the authority; the page is
 * stateless and its forms carry the token. A link that leads to no subscription, and a refused
 * change, are said in the page's error summary ({@link FormErrors}).
 */
@Named("manageAlerts")
@RequestScoped
public class ManageAlertsBacking {

  @Inject AlertSubscriptions subscriptions;
  @Inject HttpServletRequest request;
  @Inject FormErrors formErrors;

  private String token;
  private SubscriptionView subscription;
  private final TopicChoice topics = new TopicChoice();
  private boolean saved;
  private boolean unsubscribed;

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
    if (subscription == null) {
      formErrors.showGlobal("alerts.manage.error.link");
    }
    if (subscription != null && !"POST".equals(request.getMethod())) {
      topics.show(subscription.topics());
    }
  }

  public void save() {
    try {
      subscription = subscriptions.changeTopics(token, topics.chosen());
      saved = true;
    } catch (Refusal refused) {
      formErrors.show("topics", refused);
    }
  }

  public void unsubscribe() {
    subscriptions.unsubscribe(token);
    subscription = null;
    unsubscribed = true;
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

  public boolean isSaved() {
    return saved;
  }

  public boolean isUnsubscribed() {
    return unsubscribed;
  }

  public TopicChoice getTopics() {
    return topics;
  }
}
