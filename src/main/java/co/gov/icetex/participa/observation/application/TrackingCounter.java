package co.gov.icetex.participa.observation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The year's tracking-number counter in the database, shared by every instance. Reserving a block
 * is one atomic upsert (MySQL and MariaDB's {@code LAST_INSERT_ID(expr)} idiom) in its own short
 * transaction, so the counter row is locked only for that moment.
 */
@ApplicationScoped
class TrackingCounter {

  @PersistenceContext EntityManager em;

  /** Reserves {@code size} numbers for {@code year}; returns the last one reserved. */
  @Transactional(TxType.REQUIRES_NEW)
  long reserve(int year, int size) {
    em.createNativeQuery(
            "INSERT INTO tracking_counter (year, last_value) VALUES (?, LAST_INSERT_ID(?)) "
                + "ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + ?)")
        .setParameter(1, year)
        .setParameter(2, size)
        .setParameter(3, size)
        .executeUpdate();
    return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
  }
}
