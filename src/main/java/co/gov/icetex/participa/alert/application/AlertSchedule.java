package co.gov.icetex.participa.alert.application;

import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Settings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When alerts go out. Opening is a matter of time (a scheduled consultation opens by itself when
 * its window starts), so every instance looks every {@code participa.alerts.poll-seconds} (300 by
 * default; negative turns alerts off) for openings and, as a safety net behind the publication
 * observer, for published documents; reminders that a consultation closes soon go from the staff
 * reminders' hour ({@code participa.reminders.hour}, Bogotá) on, so nobody is woken at night.
 *
 * <p>This is not the once-a-day claim of the staff reminders ({@code DailyRuns}): each alert is
 * claimed per subscription and occasion as it is queued ({@link AlertMail}), which already makes it
 * once across instances, and a look that failed or an instance that was down only delays alerts to
 * the next look instead of losing a day's.
 */
@ApplicationScoped
public class AlertSchedule {

  private static final Logger LOG = Logger.getLogger(AlertSchedule.class.getName());
  private static final int PURGE_BATCH = 500;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject AlertDispatch dispatch;
  @Inject AlertSubscriptions subscriptions;
  @Inject AppClock clock;
  @Inject Settings settings;

  private ScheduledFuture<?> poll;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    int every = settings.alertPollSeconds();
    if (every <= 0) {
      return;
    }
    poll = scheduler.scheduleWithFixedDelay(this::look, every, every, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (poll != null) {
      poll.cancel(false);
    }
  }

  /** Never throws: an exception would cancel the periodic task, and every later alert with it. */
  void look() {
    try {
      int sent = dispatch.openings();
      for (long consultation : dispatch.followedConsultations()) {
        sent += dispatch.documents(consultation);
      }
      int hour = clock.now().atZone(AppClock.BOGOTA).getHour();
      if (settings.reminderHour() >= 0 && hour >= settings.reminderHour()) {
        sent += dispatch.closings();
      }
      subscriptions.purgeUnconfirmed(PURGE_BATCH);
      if (sent > 0) {
        int queued = sent;
        LOG.info(() -> "Alerts: " + queued + " e-mails queued");
      }
    } catch (RuntimeException e) {
      // The same or another instance tries again at the next look; nothing was marked as sent.
      LOG.log(Level.WARNING, "Alerts not sent; they will be tried again", e);
    }
  }
}
