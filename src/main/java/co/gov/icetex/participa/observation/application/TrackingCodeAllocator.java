package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.observation.domain.TrackingCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Hands out tracking numbers, from 1 each year, safely across instances: one atomic upsert on the
 * year's counter row (MySQL and MariaDB's {@code LAST_INSERT_ID(expr)} idiom). It runs in its own short
 * transaction so the counter row is not locked while the observation is being saved; a number whose
 * observation then fails is simply skipped.
 */
@ApplicationScoped
public class TrackingCodeAllocator {

  @PersistenceContext EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public TrackingCode next(int year) {
    em.createNativeQuery(
            "INSERT INTO tracking_counter (year, last_value) VALUES (?, LAST_INSERT_ID(1)) "
                + "ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)")
        .setParameter(1, year)
        .executeUpdate();
    Number value = (Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult();
    return new TrackingCode(year, value.longValue());
  }
}
