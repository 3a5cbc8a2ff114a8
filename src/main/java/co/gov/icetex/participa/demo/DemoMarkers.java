package co.gov.icetex.participa.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * The markers (rows of {@code app_setting}) that make each piece of demo content load once per
 * database: a loader asks whether its marker is set, and claims it in the transaction that writes
 * the content. The claim is an {@code INSERT IGNORE} on the marker's key, so of several instances
 * starting together exactly one writes.
 */
final class DemoMarkers {

  private DemoMarkers() {}

  static boolean isSet(EntityManager em, String marker) {
    Number count =
        (Number)
            em.createNativeQuery("SELECT COUNT(*) FROM app_setting WHERE name = ?1")
                .setParameter(1, marker)
                .getSingleResult();
    return count.longValue() > 0;
  }

  /** Whether this transaction took the marker (false: another instance or an earlier start did). */
  static boolean claim(EntityManager em, String marker, Instant now) {
    return em.createNativeQuery("INSERT IGNORE INTO app_setting (name, value) VALUES (?1, ?2)")
            .setParameter(1, marker)
            .setParameter(2, now.toString())
            .executeUpdate()
        > 0;
  }
}
