package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.staff.application.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deadline dashboard: what is overdue, what falls due within the next few business days, and
 * how each office stands. It is how staff are warned before a legal term passes.
 */
@ApplicationScoped
@RequiresRole({Roles.MODERATOR, Roles.RESPONDER, Roles.APPROVER})
public class DeadlineBoard {

  private static final int LIST_LIMIT = 200;

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject PendingDeadlines deadlines;
  @Inject Caller caller;

  public record OfficeLoad(String office, long pending, long dueSoon, long overdue) {}

  public record Board(
      LocalDate today,
      LocalDate soonLimit,
      List<OfficeLoad> offices,
      List<QueueRow> overdue,
      List<QueueRow> dueSoon) {
    public long totalOverdue() {
      return offices.stream().mapToLong(OfficeLoad::overdue).sum();
    }

    public long totalDueSoon() {
      return offices.stream().mapToLong(OfficeLoad::dueSoon).sum();
    }
  }

  /**
   * The board of what the caller looks after: every office's, or a responder's own office's only.
   */
  @Transactional
  public Board board() {
    LocalDate today = clock.today();
    LocalDate soon = deadlines.soonLimit(today);
    Optional<Long> office = caller.visibleOfficeId();
    var query =
        em.createQuery(
                "SELECT f.name, COUNT(o),"
                    + " SUM(CASE WHEN COALESCE(o.extendedDueDate, o.dueDate) >= :today"
                    + "   AND COALESCE(o.extendedDueDate, o.dueDate) <= :soon THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN COALESCE(o.extendedDueDate, o.dueDate) < :today THEN 1 ELSE 0 END)"
                    + " FROM Observation o LEFT JOIN o.office f WHERE o.status IN :pending"
                    + (office.isPresent() ? " AND f.id = :office" : "")
                    + " GROUP BY f.name ORDER BY f.name",
                Object[].class)
            .setParameter("today", today)
            .setParameter("soon", soon)
            .setParameter("pending", ObservationStatus.PENDING);
    office.ifPresent(id -> query.setParameter("office", id));
    List<Object[]> counts = query.getResultList();
    List<OfficeLoad> offices = new ArrayList<>();
    for (Object[] row : counts) {
      offices.add(
          new OfficeLoad(
              row[0] == null ? Messages.get("deadlines.unassigned") : (String) row[0],
              number(row[1]),
              number(row[2]),
              number(row[3])));
    }
    return new Board(
        today,
        soon,
        offices,
        rows(deadlines.overdue(today, office, LIST_LIMIT), today),
        rows(deadlines.dueSoon(today, office, LIST_LIMIT), today));
  }

  private static List<QueueRow> rows(List<Observation> observations, LocalDate today) {
    return observations.stream().map(o -> QueueRow.of(o, today)).toList();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
