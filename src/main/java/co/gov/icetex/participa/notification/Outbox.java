package co.gov.icetex.participa.notification;

import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Settings;
import co.gov.icetex.participa.shared.Signer;
import co.gov.icetex.participa.shared.abuse.RateLimit;
import co.gov.icetex.participa.shared.abuse.RateLimiter;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Queues e-mails in the caller's transaction: they exist exactly when what they report exists. Once
 * that transaction commits, a delivery round is requested; the dispatcher's poll retries anything
 * that fails. A kind whose name ends in {@code _LINK} carries a single-use link and its body is
 * blanked once delivered.
 */
@ApplicationScoped
public class Outbox {

  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
  private static final Object NUDGE_KEY = Outbox.class.getName() + ".nudge";

  /**
   * E-mails to an address that has not shown it wants them (a stranger can type anyone's address in
   * a public form): a few a day per address, whatever client asks, so the portal's address cannot
   * be pointed at somebody's inbox. The maximum comes from configuration.
   */
  static final RateLimit UNVERIFIED_RECIPIENT =
      new RateLimit("mail-unverified-recipient", 10, Duration.ofDays(1));

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject OutboxDispatcher dispatcher;
  @Inject RateLimiter limiter;
  @Inject Signer signer;
  @Inject Settings settings;
  @Resource TransactionSynchronizationRegistry transactions;

  @Transactional(TxType.MANDATORY)
  public void enqueue(
      String kind, String reference, String recipient, String subject, String body) {
    enqueue(kind, reference, recipient, subject, body, Map.of());
  }

  /**
   * Queues an e-mail that carries extra header lines, such as the one-click unsubscribe headers of
   * RFC 8058 on every alert.
   */
  @Transactional(TxType.MANDATORY)
  public void enqueue(
      String kind,
      String reference,
      String recipient,
      String subject,
      String body,
      Map<String, String> headers) {
    em.persist(new OutboxMessage(kind, reference, recipient, subject, body, headers, clock.now()));
    deliverAfterCommit();
  }

  /**
   * Queues an e-mail to an address a stranger may have typed (a receipt, a confirmation link),
   * within the address's daily quota; answers whether it was queued. Such e-mails never carry text
   * the sender wrote. Over the quota nothing is queued, and the caller's action goes on without its
   * e-mail.
   */
  @Transactional(TxType.MANDATORY)
  public boolean enqueueToUnverified(
      String kind, String reference, String recipient, String subject, String body) {
    String address = recipient.strip().toLowerCase(Locale.ROOT);
    RateLimit quota = UNVERIFIED_RECIPIENT.withMax(settings.mailsPerRecipientPerDay());
    if (!limiter.tryAcquire(quota, signer.sign("recipient", address))) {
      LOG.info(
          () ->
              "Daily e-mail quota of an address reached; "
                  + kind
                  + " "
                  + reference
                  + " not e-mailed");
      return false;
    }
    enqueue(kind, reference, recipient, subject, body);
    return true;
  }

  /**
   * Forgets an address at its holder's request (Ley 1581 de 2012): what was not sent yet is
   * dropped, and what was sent keeps only its kind and dates. Returns how many messages held the
   * address.
   */
  @Transactional(TxType.MANDATORY)
  public int forgetRecipient(String email) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    int dropped =
        em.createQuery(
                "DELETE FROM OutboxMessage m WHERE LOWER(m.recipient) = :address AND m.sentAt IS NULL")
            .setParameter("address", address)
            .executeUpdate();
    int blanked =
        em.createQuery(
                "UPDATE OutboxMessage m SET m.recipient = :gone, m.subject = :gone, m.bodyText = :gone, m.extraHeaders = NULL"
                    + " WHERE LOWER(m.recipient) = :address AND m.sentAt IS NOT NULL")
            .setParameter("gone", OutboxMessage.SUPPRESSED)
            .setParameter("address", address)
            .executeUpdate();
    return dropped + blanked;
  }

  /** One request per transaction, however many messages it queued. */
  private void deliverAfterCommit() {
    if (transactions.getResource(NUDGE_KEY) != null) {
      return;
    }
    transactions.putResource(NUDGE_KEY, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              dispatcher.deliverSoon();
            }
          }
        });
  }
}
