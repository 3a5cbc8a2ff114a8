package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The one definition of "overdue" and "due soon" for pending observations, read by the deadline
 * dashboard and by the staff's daily reminders. Due dates count an extension when one was given.
 */
@ApplicationScoped
public class PendingDeadlines {

  /** "Due soon" means within this many business days. */
  public static final int SOON_BUSINESS_DAYS = 3;

  @PersistenceContext EntityManager em;
  @Inject BusinessCalendar calendar;

  /** The last day that counts as "due soon" seen from {@code today}. */
  public LocalDate soonLimit(LocalDate today) {
    return calendar.addBusinessDays(today, SOON_BUSINESS_DAYS);
  }

  /** Pending observations due before {@code today}, earliest first. */
  public List<Observation> overdue(LocalDate today, int limit) {
    return dueBetween(null, today.minusDays(1), Optional.empty(), limit);
  }

  /** The same, of one office only (empty: every office). */
  public List<Observation> overdue(LocalDate today, Optional<Long> officeId, int limit) {
    return dueBetween(null, today.minusDays(1), officeId, limit);
  }

  /** Pending observations due from {@code today} to the "due soon" limit, earliest first. */
  public List<Observation> dueSoon(LocalDate today, int limit) {
    return dueBetween(today, soonLimit(today), Optional.empty(), limit);
  }

  /** The same, of one office only (empty: every office). */
  public List<Observation> dueSoon(LocalDate today, Optional<Long> officeId, int limit) {
    return dueBetween(today, soonLimit(today), officeId, limit);
  }

  private List<Observation> dueBetween(
      LocalDate from, LocalDate to, Optional<Long> officeId, int limit) {
    String range = from == null ? "" : " AND COALESCE(o.extendedDueDate, o.dueDate) >= :from";
    String office = officeId.isPresent() ? " AND o.office.id = :office" : "";
    var query =
        em.createQuery(
                "SELECT o FROM Observation o JOIN FETCH o.consultation LEFT JOIN FETCH o.part LEFT JOIN FETCH o.office"
                    + " WHERE o.status IN :pending AND COALESCE(o.extendedDueDate, o.dueDate) <= :to"
                    + range
                    + office
                    + " ORDER BY COALESCE(o.extendedDueDate, o.dueDate), o.id",
                Observation.class)
            .setParameter("pending", ObservationStatus.PENDING)
            .setParameter("to", to);
    if (from != null) {
      query.setParameter("from", from);
    }
    officeId.ifPresent(id -> query.setParameter("office", id));
    return query.setMaxResults(limit).getResultList();
  }
}
