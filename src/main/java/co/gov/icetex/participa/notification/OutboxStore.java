package co.gov.icetex.participa.notification;

import co.gov.icetex.participa.shared.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

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
   * Claims up to {@code max} due messages for this instance. The conditional update succeeds for one
   * instance only, so several instances polling together never send a message twice.
   */
  @Transactional(TxType.REQUIRES_NEW)
  List<OutboxMessage> claimDue(int max) {
    LocalDateTime now = utc(clock.now());
    @SuppressWarnings("unchecked")
    List<Number> due =
        em.createNativeQuery(
                "SELECT id FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= ? "
                    + "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at LIMIT ?")
            .setParameter(1, now)
            .setParameter(2, now)
            .setParameter(3, max)
            .getResultList();
    List<OutboxMessage> claimed = new ArrayList<>();
    for (Number id : due) {
      int won =
          em.createNativeQuery(
                  "UPDATE mail_outbox SET claimed_until = ? WHERE id = ? AND sent_at IS NULL "
                      + "AND (claimed_until IS NULL OR claimed_until < ?)")
              .setParameter(1, utc(clock.now().plus(LEASE)))
              .setParameter(2, id.longValue())
              .setParameter(3, now)
              .executeUpdate();
      if (won == 1) {
        claimed.add(em.find(OutboxMessage.class, id.longValue()));
      }
    }
    return claimed;
  }

  @Transactional(TxType.REQUIRES_NEW)
  void markDelivered(long id) {
    em.find(OutboxMessage.class, id).delivered(clock.now());
  }

  @Transactional(TxType.REQUIRES_NEW)
  void markFailed(long id, String error, Duration base, Duration maxDelay) {
    em.find(OutboxMessage.class, id).failed(error, clock.now(), base, maxDelay);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
