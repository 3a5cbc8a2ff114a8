package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.staff.application.Caller;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The dashboard's "what needs me": for each of the person's roles, how many observations wait on it
 * ({@link NeedsAction}), and of all those, how many fall due soon or are overdue (as {@link
 * PendingDeadlines} defines "soon"). Each count is the count of a queue filter, so the dashboard's
 * link opens exactly that list.
 */
@ApplicationScoped
public class StaffTasks {

  @Inject Caller caller;
  @Inject ObservationQueue queue;
  @Inject PendingDeadlines deadlines;
  @Inject AppClock clock;

  /** One role's work: observations in these states (of this office only, when set). */
  public record Task(String role, Set<ObservationStatus> statuses, Long office, long count) {}

  /**
   * The person's tasks; {@code dueSoon} counts what needs them and is due by {@code soonLimit}
   * (overdue included), {@code overdue} what needs them and is due before today.
   */
  public record Tasks(
      List<Task> byRole, long dueSoon, long overdue, LocalDate soonLimit, LocalDate yesterday) {
    public boolean none() {
      return byRole.isEmpty();
    }
  }

  public Tasks mine() {
    NeedsAction rule = NeedsAction.of(caller::inRole);
    LocalDate today = clock.today();
    LocalDate soon = deadlines.soonLimit(today);
    if (rule.isEmpty()) {
      // Administrators and editors handle no observations (nor may they open the queue).
      return new Tasks(List.of(), 0, 0, soon, today.minusDays(1));
    }
    List<Task> tasks = new ArrayList<>();
    for (NeedsAction.Clause clause : rule.clauses()) {
      Long office = clause.ownOfficeOnly() ? caller.office().map(Office::getId).orElse(-1L) : null;
      var filter =
          new QueueFilter(
              null, null, clause.statuses(), false, office, null, null, null, null, null, null);
      tasks.add(new Task(clause.role(), clause.statuses(), office, queue.count(filter)));
    }
    var needsMe = QueueFilter.all().needingAction();
    return new Tasks(
        tasks,
        queue.count(due(needsMe, soon)),
        queue.count(due(needsMe, today.minusDays(1))),
        soon,
        today.minusDays(1));
  }

  private static QueueFilter due(QueueFilter f, LocalDate by) {
    return new QueueFilter(
        f.consultationId(),
        f.partId(),
        f.statuses(),
        f.needsAction(),
        f.officeId(),
        by,
        f.group(),
        f.channel(),
        f.text(),
        f.sort(),
        f.campaignId());
  }
}
