package co.gov.icetex.participa.alert.application;

import co.gov.icetex.participa.alert.domain.AlertSubscription;
import co.gov.icetex.participa.alert.domain.Occasion;
import co.gov.icetex.participa.notification.Outbox;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.InstantConverter;
import co.gov.icetex.participa.shared.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Queues one alert e-mail per subscription and occasion. The occasion is claimed in {@code
 * alert_sent} in the transaction that queues the e-mail, so two instances (or a poll and an
 * observer) looking at once never send it twice, and a rollback sends nothing and claims nothing.
 * Every alert carries the one-click unsubscribe headers of RFC 8058 and, in its text, the
 * management and unsubscribe links.
 */
@ApplicationScoped
public class AlertMail {

  static final String KIND = "ALERT";

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject AlertLinks links;
  @Inject AppClock clock;

  /**
   * The subscriptions already told of an occasion: one query, so a poll does not retry each of
   * them.
   */
  @Transactional(TxType.MANDATORY)
  Set<Long> alreadyTold(Occasion occasion) {
    List<?> ids =
        em.createNativeQuery("SELECT subscription_id FROM alert_sent WHERE occasion = ?")
            .setParameter(1, occasion.key())
            .getResultList();
    Set<Long> told = new HashSet<>();
    ids.forEach(id -> told.add(((Number) id).longValue()));
    return told;
  }

  /** Queues the alert unless this subscription already had it; true when queued. */
  @Transactional(TxType.MANDATORY)
  boolean send(AlertSubscription to, Occasion occasion, String subject, String text) {
    boolean claimed =
        em.createNativeQuery(
                    "INSERT IGNORE INTO alert_sent (subscription_id, occasion, sent_at) VALUES (?, ?, ?)")
                .setParameter(1, to.getId())
                .setParameter(2, occasion.key())
                .setParameter(3, InstantConverter.utc(clock.now()))
                .executeUpdate()
            == 1;
    if (!claimed) {
      return false;
    }
    String body =
        text
            + "\n\n"
            + Messages.get(
                "alerts.mail.footer", links.manage(to.getId()), links.unsubscribe(to.getId()));
    outbox.enqueue(
        KIND + "_" + occasion.kind(),
        "alert-" + to.getId() + "-" + occasion.key(),
        to.getEmail(),
        subject,
        body,
        unsubscribeHeaders(links.unsubscribe(to.getId())));
    return true;
  }

  /** RFC 2369 and RFC 8058: where to unsubscribe, and that a POST there does it in one click. */
  static Map<String, String> unsubscribeHeaders(String unsubscribeUrl) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("List-Unsubscribe", "<" + unsubscribeUrl + ">");
    headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    return headers;
  }
}
