package co.gov.icetex.participa.notification;

import co.gov.icetex.participa.shared.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Queues e-mails in the caller's transaction: they exist exactly when what they report exists. */
@ApplicationScoped
public class Outbox {

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;

  @Transactional(TxType.MANDATORY)
  public void enqueue(String kind, String reference, String recipient, String subject, String body) {
    em.persist(new OutboxMessage(kind, reference, recipient, subject, body, clock.now()));
  }
}
