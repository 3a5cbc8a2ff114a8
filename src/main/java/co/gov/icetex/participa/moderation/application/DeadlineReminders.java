package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.notification.DeadlineReminderMail;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.shared.scheduling.DailyRuns;
import co.gov.icetex.participa.staff.application.StaffContacts;
import co.gov.icetex.participa.staff.application.StaffContacts.Contact;
import co.gov.icetex.participa.staff.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The staff's daily warning before legal terms pass (Ley 1755 de 2015, art. 14): each person who
 * answers, moderates or approves gets one e-mail listing what in their care is overdue or due soon.
 * The day's run is claimed in the same transaction that queues the e-mails, so it happens once a
 * day across instances, and the e-mails exist exactly when the run is recorded.
 */
@ApplicationScoped
public class DeadlineReminders {

  public static final String JOB = "DEADLINE_REMINDERS";

  /** A bound on what one run reads; beyond it the dashboard is the place to look. */
  private static final int READ_LIMIT = 5000;

  private static final Set<Role> REMINDED = Set.of(Role.RESPONDER, Role.MODERATOR, Role.APPROVER);

  @Inject StaffContacts staff;
  @Inject PendingDeadlines deadlines;
  @Inject DailyRuns runs;
  @Inject DeadlineReminderMail mail;

  /** Whether the day's reminders already went out (from any instance). */
  public boolean sentFor(LocalDate today) {
    return runs.ran(JOB, today);
  }

  /** Queues the day's reminders unless another run has them; returns how many e-mails it queued. */
  @Transactional
  public int sendFor(LocalDate today) {
    if (!runs.claim(JOB, today)) {
      return 0;
    }
    List<Observation> overdue = deadlines.overdue(today, READ_LIMIT);
    List<Observation> dueSoon = deadlines.dueSoon(today, READ_LIMIT);
    LocalDate soonLimit = deadlines.soonLimit(today);
    int queued = 0;
    for (Contact person : staff.activeWithAnyRole(REMINDED)) {
      List<DeadlineReminderMail.Line> theirOverdue = inCareOf(person, overdue);
      List<DeadlineReminderMail.Line> theirDueSoon = inCareOf(person, dueSoon);
      if (theirOverdue.isEmpty() && theirDueSoon.isEmpty()) {
        continue;
      }
      mail.enqueue(
          new DeadlineReminderMail.Reminder(
              person.id(),
              person.email(),
              person.fullName(),
              today,
              soonLimit,
              PendingDeadlines.SOON_BUSINESS_DAYS,
              theirOverdue,
              theirDueSoon));
      queued++;
    }
    runs.record(JOB, today, queued);
    return queued;
  }

  private static List<DeadlineReminderMail.Line> inCareOf(
      Contact person, List<Observation> observations) {
    return observations.stream()
        .filter(o -> isInCareOf(person, o))
        .map(
            o ->
                new DeadlineReminderMail.Line(
                    o.getTrackingCode(),
                    o.getConsultation().getTitle(),
                    o.getOffice() == null ? null : o.getOffice().getName(),
                    o.effectiveDueDate()))
        .toList();
  }

  /**
   * Who answers for a deadline: approvers for all of them (they send extension notices), responders
   * for their office's, moderators for those no office has yet (they must assign them).
   */
  static boolean isInCareOf(Contact person, Observation o) {
    if (person.hasRole(Role.APPROVER)) {
      return true;
    }
    if (o.getOffice() == null) {
      return person.hasRole(Role.MODERATOR);
    }
    return person.hasRole(Role.RESPONDER)
        && person.officeId() != null
        && Objects.equals(person.officeId(), o.getOffice().getId());
  }
}
