package co.gov.icetex.participa.notification;

import co.gov.icetex.participa.shared.AppClock;
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

/**
 * Queues e-mails in the caller's transaction: they exist exactly when what they report exists. Once
 * that transaction commits, a delivery round is requested; the dispatcher's poll retries anything that
 * fails.
 */
@ApplicationScoped
public class Outbox {

  private static final Object NUDGE_KEY = Outbox.class.getName() + ".nudge";

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject OutboxDispatcher dispatcher;
  @Resource TransactionSynchronizationRegistry transactions;

  @Transactional(TxType.MANDATORY)
  public void enqueue(String kind, String reference, String recipient, String subject, String body) {
    em.persist(new OutboxMessage(kind, reference, recipient, subject, body, clock.now()));
    deliverAfterCommit();
  }

  /**
   * Forgets an address at its holder's request (Ley 1581 de 2012): what was not sent yet is dropped,
   * and what was sent keeps only its kind and dates. Returns how many messages held the address.
   */
  @Transactional(TxType.MANDATORY)
  public int forgetRecipient(String email) {
    String address = email.strip().toLowerCase(java.util.Locale.ROOT);
    int dropped =
        em.createQuery("DELETE FROM OutboxMessage m WHERE LOWER(m.recipient) = :address AND m.sentAt IS NULL")
            .setParameter("address", address)
            .executeUpdate();
    int blanked =
        em.createQuery(
                "UPDATE OutboxMessage m SET m.recipient = :gone, m.subject = :gone, m.bodyText = :gone"
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
