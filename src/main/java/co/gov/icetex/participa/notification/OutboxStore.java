package co.gov.icetex.participa.notification;

import static co.gov.icetex.participa.shared.InstantConverter.utc;

import co.gov.icetex.participa.shared.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The dispatcher's access to the outbox, each step in its own short transaction so that no database
 * lock is held while an SMTP server is being talked to.
 */
@ApplicationScoped
class OutboxStore {

  /** How long a claim lasts; if its instance dies mid-delivery another one retries after this. */
  static final Duration LEASE = Duration.ofMinutes(2);

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;

  /**
   * Claims up to {@code max} due messages for this round in one conditional update, so several
   * instances (or rounds) polling together never hold the same message, and a message that just
   * failed is not due again before its back-off.
   */
  @Transactional(TxType.REQUIRES_NEW)
  List<OutboxMessage> claimDue(int max) {
    Instant now = clock.now();
    String token = UUID.randomUUID().toString();
    int claimed =
        em.createNativeQuery(
                "UPDATE mail_outbox SET claimed_until = ?, claim_token = ? WHERE sent_at IS NULL "
                    + "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) "
                    + "ORDER BY next_attempt_at LIMIT ?")
            .setParameter(1, utc(now.plus(LEASE)))
            .setParameter(2, token)
            .setParameter(3, utc(now))
            .setParameter(4, utc(now))
            .setParameter(5, max)
            .executeUpdate();
    if (claimed == 0) {
      return List.of();
    }
    return em.createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.claimToken = :token", OutboxMessage.class)
        .setParameter("token", token)
        .getResultList();
  }

  @Transactional(TxType.REQUIRES_NEW)
  void markDelivered(long id) {
    em.find(OutboxMessage.class, id).delivered(clock.now());
  }

  /** Records a failed attempt for each message still unsent, in one transaction. */
  @Transactional(TxType.REQUIRES_NEW)
  void markFailed(List<Long> ids, String error, Duration base, Duration maxDelay) {
    Instant now = clock.now();
    for (Long id : ids) {
      OutboxMessage message = em.find(OutboxMessage.class, id);
      if (message.getSentAt() == null) {
        message.failed(error, now, base, maxDelay);
      }
    }
  }
}
