package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the demo catalogue at startup when {@code participa.demo} is true, once per database. The
 * marker row {@code app_setting('demo.loaded')} is written in the same transaction as the
 * consultations: an instance that finds it skips, and when several instances start together its
 * primary key lets only one of them load.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoContentLoader {

  static final String MARKER = "demo.loaded";

  private static final Logger LOG = Logger.getLogger(DemoContentLoader.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Settings settings;

  @Inject AppClock clock;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void load() {
    if (!settings.demoContent()) {
      return;
    }
    if (alreadyLoaded()) {
      LOG.fine("Demo content already loaded");
      return;
    }
    Instant now = clock.now();
    try {
      em.createNativeQuery("INSERT INTO app_setting (name, value) VALUES (?1, ?2)")
          .setParameter(1, MARKER)
          .setParameter(2, now.toString())
          .executeUpdate();
    } catch (PersistenceException e) {
      // Another instance inserted the marker first; its transaction loads the catalogue.
      LOG.info("Demo content is being loaded by another instance");
      return;
    }
    List<Consultation> catalogue = DemoConsultations.catalogue(now);
    catalogue.forEach(em::persist);
    em.flush();
    int parts = catalogue.stream().mapToInt(c -> c.getParts().size()).sum();
    LOG.info(
        () -> "Demo content loaded: " + catalogue.size() + " consultations, " + parts + " parts");
  }

  private boolean alreadyLoaded() {
    Number count =
        (Number)
            em.createNativeQuery("SELECT COUNT(*) FROM app_setting WHERE name = ?1")
                .setParameter(1, MARKER)
                .getSingleResult();
    return count.longValue() > 0;
  }
}
