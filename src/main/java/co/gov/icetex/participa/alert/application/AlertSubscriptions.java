package co.gov.icetex.participa.alert.application;

import co.gov.icetex.participa.alert.domain.AlertSubscription;
import co.gov.icetex.participa.alert.domain.AlertTopics;
import co.gov.icetex.participa.alert.domain.SubscriptionRequest;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.notification.Outbox;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.LinkSecrets;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Subscriptions to alerts, confirmed by e-mail (double opt-in), as hearing registrations are.
 *
 * <p>Sending the form creates or renews a subscription that receives nothing and e-mails a
 * confirmation link to the address; following it (and pressing the button there) confirms it. The
 * page answers the same whether or not the address was subscribed already: what differs goes to
 * that address only (a link, or "you are already subscribed" with the management link), never to
 * the stranger who typed it. The e-mails carry nothing the sender wrote and count against the
 * address's daily quota. Unsubscribing deletes the subscription, and with it the address.
 */
@ApplicationScoped
public class AlertSubscriptions {

  static final String MAIL_LINK = "ALERT_SUBSCRIPTION_LINK";
  static final String MAIL_ALREADY = "ALERT_SUBSCRIPTION_ALREADY";

  @PersistenceContext EntityManager em;
  @Inject CommandValidator validator;
  @Inject AppClock clock;
  @Inject Outbox outbox;
  @Inject AlertForms forms;
  @Inject AlertLinks links;

  /** A subscription held for an address, as the personal-data tools list it. */
  public record Held(long id, String consultationTitle, Instant requestedAt, boolean confirmed) {}

  /** The consultation a subscription form is about, when {@code slug} names a published one. */
  @Transactional
  public Optional<Consultation> consultation(String slug) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery(Consultation.FIND_BY_SLUG, Consultation.class)
        .setParameter("slug", slug.strip())
        .getResultStream()
        .findFirst();
  }

  /**
   * Takes a subscription request and e-mails the address what to do next. Refuses invalid fields,
   * an unknown consultation and a client over its limit; a replayed form does nothing.
   */
  @Transactional
  public void request(SubscriptionRequest request, AlertForms.Sender sender) {
    validator.check(request);
    Consultation consultation = null;
    if (request.consultation() != null) {
      consultation =
          consultation(request.consultation())
              .orElseThrow(() -> Refusal.of(Reason.NOT_FOUND, "alerts.error.notFound"));
    }
    if (!forms.admit(sender)) {
      return; // the same form posted again: answered as the first time
    }
    Instant now = clock.now();
    String email = request.email().toLowerCase(Locale.ROOT);
    Optional<AlertSubscription> existing = existing(email, consultation);
    String what = describe(consultation, request.topics());
    if (existing.isPresent() && existing.get().isConfirmed()) {
      outbox.enqueueToUnverified(
          MAIL_ALREADY,
          "alert-" + existing.get().getId() + "-" + now.toEpochMilli(),
          email,
          Messages.get("alerts.mail.already.subject"),
          Messages.get(
              "alerts.mail.already.body",
              describe(existing.get()),
              links.manage(existing.get().getId())));
      return;
    }
    String secret = LinkSecrets.newSecret();
    AlertSubscription subscription;
    if (existing.isPresent()) {
      subscription = existing.get();
      subscription.renew(request.topics(), LinkSecrets.hashOf(secret), now);
    } else {
      subscription =
          consultation == null
              ? AlertSubscription.general(email, request.topics(), LinkSecrets.hashOf(secret), now)
              : AlertSubscription.following(email, consultation, LinkSecrets.hashOf(secret), now);
      em.persist(subscription);
    }
    em.flush();
    outbox.enqueueToUnverified(
        MAIL_LINK,
        "alert-" + subscription.getId() + "-" + now.toEpochMilli(),
        email,
        Messages.get("alerts.mail.link.subject"),
        Messages.get(
            "alerts.mail.link.body",
            what,
            links.confirmation(secret),
            DateFormats.dateTime(now.plus(AlertSubscription.LINK_LIFETIME))));
  }

  private Optional<AlertSubscription> existing(String email, Consultation consultation) {
    TypedQuery<AlertSubscription> query =
        consultation == null
            ? em.createNamedQuery(AlertSubscription.FIND_GENERAL, AlertSubscription.class)
            : em.createNamedQuery(AlertSubscription.FIND_FOR_CONSULTATION, AlertSubscription.class)
                .setParameter("consultation", consultation);
    return query.setParameter("email", email).getResultStream().findFirst();
  }

  /** The subscription a confirmation link names, while the link works. */
  @Transactional
  public Optional<SubscriptionView> pending(String secret) {
    Instant now = clock.now();
    return bySecret(secret).filter(s -> s.confirmationLinkWorksAt(now)).map(SubscriptionView::of);
  }

  /**
   * Follows a confirmation link: the subscription starts (once); refused when the link does not
   * work.
   */
  @Transactional
  public SubscriptionView confirm(String secret) {
    Instant now = clock.now();
    AlertSubscription subscription =
        bySecret(secret)
            .filter(s -> s.confirmationLinkWorksAt(now))
            .orElseThrow(() -> Refusal.of(Reason.NOT_FOUND, "alerts.confirm.error.link"));
    subscription.confirm(now);
    return SubscriptionView.of(subscription);
  }

  /**
   * The management link's token for the subscription a confirmation link names (shown once
   * confirmed).
   */
  @Transactional
  public Optional<String> manageToken(String secret) {
    return bySecret(secret).filter(AlertSubscription::isConfirmed).map(s -> links.token(s.getId()));
  }

  /** The subscription a management token names, if it still exists. */
  @Transactional
  public Optional<SubscriptionView> managed(String token) {
    return byToken(token).map(SubscriptionView::of);
  }

  /**
   * Changes what a general subscription asks for; refused without a topic (unsubscribing is the way
   * out).
   */
  @Transactional
  public SubscriptionView changeTopics(String token, AlertTopics topics) {
    AlertSubscription subscription =
        byToken(token).orElseThrow(() -> Refusal.of(Reason.NOT_FOUND, "alerts.manage.error.link"));
    if (topics.isEmpty()) {
      throw Refusal.of(Reason.INVALID, "alerts.validation.topic");
    }
    subscription.changeTopics(topics);
    return SubscriptionView.of(subscription);
  }

  /**
   * Ends the subscription the token names: it is deleted, with what was sent to it. True when one
   * was deleted; false when the token names none (already gone): the answer to the holder is the
   * same.
   */
  @Transactional
  public boolean unsubscribe(String token) {
    Optional<AlertSubscription> subscription = byToken(token);
    subscription.ifPresent(em::remove);
    return subscription.isPresent();
  }

  /** The subscriptions of an address, for the personal-data tools. */
  @Transactional(TxType.MANDATORY)
  public List<Held> heldBy(String email) {
    return byEmail(email).stream()
        .map(
            s ->
                new Held(
                    s.getId(),
                    s.getConsultation() == null ? null : s.getConsultation().getTitle(),
                    s.getRequestedAt(),
                    s.isConfirmed()))
        .toList();
  }

  /** Deletes every subscription of an address (Ley 1581 de 2012); returns how many. */
  @Transactional(TxType.MANDATORY)
  public int forget(String email) {
    List<AlertSubscription> held = byEmail(email);
    held.forEach(em::remove);
    return held.size();
  }

  /** Forgets requests whose link was never followed and no longer works; at most {@code batch}. */
  @Transactional
  public int purgeUnconfirmed(int batch) {
    return em.createNativeQuery(
            "DELETE FROM alert_subscription WHERE confirmed_at IS NULL AND requested_at < ? LIMIT ?")
        .setParameter(
            1,
            co.gov.icetex.participa.shared.InstantConverter.utc(
                clock.now().minus(AlertSubscription.LINK_LIFETIME)))
        .setParameter(2, batch)
        .executeUpdate();
  }

  private List<AlertSubscription> byEmail(String email) {
    return em.createNamedQuery(AlertSubscription.FIND_BY_EMAIL, AlertSubscription.class)
        .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
        .getResultList();
  }

  private Optional<AlertSubscription> bySecret(String secret) {
    if (!LinkSecrets.isWellFormed(secret)) {
      return Optional.empty();
    }
    return em.createNamedQuery(AlertSubscription.FIND_BY_CONFIRMATION, AlertSubscription.class)
        .setParameter("hash", LinkSecrets.hashOf(secret))
        .getResultStream()
        .findFirst();
  }

  private Optional<AlertSubscription> byToken(String token) {
    return links.subscriptionOf(token).map(id -> em.find(AlertSubscription.class, id));
  }

  /** What a subscription asks for, in words, for its e-mails. Only the portal's own texts. */
  static String describe(AlertSubscription s) {
    return describe(s.getConsultation(), s.topics());
  }

  static String describe(Consultation consultation, AlertTopics topics) {
    if (consultation != null) {
      return Messages.get("alerts.describe.documents", consultation.getTitle());
    }
    String type =
        topics.type() == null
            ? Messages.get("alerts.describe.allTypes")
            : Messages.get(
                "alerts.describe.ofType", Messages.get("ConsultationType." + topics.type()));
    StringBuilder what = new StringBuilder();
    if (topics.newConsultations()) {
      what.append(Messages.get("alerts.describe.new", type));
    }
    if (topics.closingReminders()) {
      what.append(what.length() == 0 ? "" : "; ")
          .append(Messages.get("alerts.describe.closing", type));
    }
    return what.toString();
  }
}
