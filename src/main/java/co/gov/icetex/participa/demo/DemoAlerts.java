package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.alert.domain.AlertSubscription;
import co.gov.icetex.participa.alert.domain.AlertTopics;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.LinkSecrets;
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
import java.time.Duration;
import java.time.Instant;

/**
 * Demo alert subscriptions, loaded once per database (marker {@code demo.alerts.loaded}) through
 * the domain: a citizen confirmed a general subscription (new consultations of every type and
 * closing reminders) and follows the accountability report consultation's documents. They count
 * from their confirmation, when the demo loads: what the rest of the demo publishes at start-up
 * (the report, the hearing's questions) may be announced to that demo address. (Ordering this bean
 * after the report and hearing loaders with {@code @DependsOn} made Payara refuse the deployment as
 * a cyclic dependency.)
 */
@Singleton
@Startup
@DependsOn("DemoContentLoader")
public class DemoAlerts {

  static final String MARKER = "demo.alerts.loaded";
  static final String EMAIL = "ciudadana.avisos@participa.test";

  @PersistenceContext EntityManager em;
  @Inject Settings settings;
  @Inject AppClock clock;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void load() {
    if (!settings.demoContent() || loaded()) {
      return;
    }
    Instant now = clock.now();
    try {
      em.createNativeQuery("INSERT INTO app_setting (name, value) VALUES (?1, ?2)")
          .setParameter(1, MARKER)
          .setParameter(2, now.toString())
          .executeUpdate();
    } catch (PersistenceException e) {
      return; // another instance is loading them
    }
    Instant requested = now.minus(Duration.ofHours(1));
    var general =
        AlertSubscription.general(
            EMAIL, new AlertTopics(true, null, true), demoLinkHash(), requested);
    general.confirm(now);
    em.persist(general);
    em.createNamedQuery(Consultation.FIND_BY_SLUG, Consultation.class)
        .setParameter("slug", AccountabilityReportConsultation.SLUG)
        .getResultStream()
        .findFirst()
        .ifPresent(
            c -> {
              var following = AlertSubscription.following(EMAIL, c, demoLinkHash(), requested);
              following.confirm(now);
              em.persist(following);
            });
  }

  private boolean loaded() {
    return DemoMarkers.isSet(em, MARKER);
  }

  /** A link nobody has: the demo subscriptions are confirmed already. */
  private static String demoLinkHash() {
    return LinkSecrets.hashOf(LinkSecrets.newSecret());
  }
}
