package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Settings;
import co.gov.icetex.participa.shared.time.BusinessCalendar;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the reminders go out: on Colombian business days, from the configured hour in Bogotá ({@code
 * participa.reminders.hour}, 7 by default; -1 turns them off). Every instance looks now and then;
 * the first to look after the hour sends them, and an instance started later in the day still sends
 * them if nobody did.
 */
@ApplicationScoped
public class DeadlineReminderSchedule {

  private static final Logger LOG = Logger.getLogger(DeadlineReminderSchedule.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject DeadlineReminders reminders;
  @Inject BusinessCalendar calendar;
  @Inject AppClock clock;
  @Inject Settings settings;

  private ScheduledFuture<?> poll;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    if (settings.reminderHour() < 0) {
      return;
    }
    long every = settings.reminderPollSeconds();
    poll = scheduler.scheduleWithFixedDelay(this::sendIfDue, every, every, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (poll != null) {
      poll.cancel(false);
    }
  }

  /**
   * Never throws: an exception would cancel the periodic task, and tomorrow's reminders with it.
   */
  void sendIfDue() {
    try {
      LocalDate today = clock.today();
      int hour = clock.now().atZone(AppClock.BOGOTA).getHour();
      if (hour < settings.reminderHour()
          || !calendar.isBusinessDay(today)
          || reminders.sentFor(today)) {
        return;
      }
      int queued = reminders.sendFor(today);
      LOG.info(() -> "Deadline reminders for " + today + ": " + queued + " e-mails queued");
    } catch (RuntimeException e) {
      // The same or another instance tries again at the next look.
      LOG.log(Level.WARNING, "Deadline reminders not sent; they will be tried again", e);
    }
  }
}
