package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.consultation.application.CatalogFilter;
import co.gov.icetex.participa.consultation.application.ConsultationCatalog;
import co.gov.icetex.participa.consultation.domain.ConsultationPhase;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many observations came in, per consultation: in all and in the last seven days. For staff.
 */
@ApplicationScoped
@RequiresRole({Roles.ADMIN, Roles.EDITOR, Roles.MODERATOR, Roles.RESPONDER, Roles.APPROVER})
public class IntakeStatistics {

  /** One consultation's intake. */
  public record ConsultationIntake(
      String slug, String title, ConsultationPhase phase, long total, long lastWeek) {}

  @PersistenceContext EntityManager em;
  @Inject ConsultationCatalog catalog;
  @Inject AppClock clock;

  @Transactional
  public List<ConsultationIntake> byConsultation() {
    Instant weekAgo = clock.now().minus(Duration.ofDays(7));
    Map<String, long[]> counts = new HashMap<>();
    em.createQuery(
            "SELECT o.consultation.slug, COUNT(o), "
                + "SUM(CASE WHEN o.receivedAt >= :since THEN 1 ELSE 0 END) "
                + "FROM Observation o GROUP BY o.consultation.slug",
            Object[].class)
        .setParameter("since", weekAgo)
        .getResultList()
        .forEach(
            r ->
                counts.put(
                    (String) r[0],
                    new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
    return catalog.list(CatalogFilter.none()).stream()
        .map(
            s -> {
              long[] c = counts.getOrDefault(s.slug(), new long[2]);
              return new ConsultationIntake(s.slug(), s.title(), s.phase(), c[0], c[1]);
            })
        .toList();
  }
}
