package co.gov.icetex.participa.shared.audit;

import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records staff actions in the action's own transaction (so an action and its record commit
 * together), and lets administrators read them back, newest first.
 */
@ApplicationScoped
public class AuditLog {

  public static final int PAGE_SIZE = 50;

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;

  @Transactional(TxType.MANDATORY)
  public void record(
      String actor,
      String action,
      String targetType,
      String targetId,
      String before,
      String after) {
    em.persist(new AuditEvent(clock.now(), actor, action, targetType, targetId, before, after));
  }

  /** Filters that are null or blank do not apply. {@code until} is exclusive. */
  public record Filter(String actor, String action, Instant from, Instant until) {}

  @Transactional
  @RequiresRole(Roles.ADMIN)
  public List<AuditEvent> search(Filter filter, int page) {
    Map<String, Object> params = new LinkedHashMap<>();
    var where = new ArrayList<String>();
    if (filter.actor() != null && !filter.actor().isBlank()) {
      where.add("e.actor LIKE :actor");
      params.put("actor", "%" + filter.actor().strip() + "%");
    }
    if (filter.action() != null && !filter.action().isBlank()) {
      where.add("e.action = :action");
      params.put("action", filter.action());
    }
    if (filter.from() != null) {
      where.add("e.at >= :from");
      params.put("from", filter.from());
    }
    if (filter.until() != null) {
      where.add("e.at < :until");
      params.put("until", filter.until());
    }
    String jpql =
        "SELECT e FROM AuditEvent e"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY e.at DESC, e.id DESC";
    var query = em.createQuery(jpql, AuditEvent.class);
    params.forEach(query::setParameter);
    return query
        .setFirstResult(Math.max(0, page) * PAGE_SIZE)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /**
   * The history of one thing (an observation, an answer), oldest first, for the staff who work on
   * it.
   */
  @Transactional
  @RequiresRole({Roles.ADMIN, Roles.MODERATOR, Roles.RESPONDER, Roles.APPROVER, Roles.EDITOR})
  public List<AuditEvent> trail(String targetType, String targetId) {
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.targetType = :type AND e.targetId = :id ORDER BY e.at, e.id",
            AuditEvent.class)
        .setParameter("type", targetType)
        .setParameter("id", targetId)
        .setMaxResults(500)
        .getResultList();
  }

  @Transactional
  @RequiresRole(Roles.ADMIN)
  public List<String> actions() {
    return em.createQuery(
            "SELECT DISTINCT e.action FROM AuditEvent e ORDER BY e.action", String.class)
        .getResultList();
  }
}
