package co.gov.icetex.participa.shared.abuse;

import co.gov.icetex.participa.shared.FormTokens;
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
 * Keeps the abuse tables small: every instance deletes, hourly and in batches, the rate-limit hits
 * no limit looks at any more and the uses of form tokens that have expired anyway. Several
 * instances doing it at once is harmless (they delete the same rows).
 */
@ApplicationScoped
public class AbuseRecordsPurge {

  private static final Logger LOG = Logger.getLogger(AbuseRecordsPurge.class.getName());
  private static final int BATCH = 5_000;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject RateLimiter limiter;
  @Inject FormTokens formTokens;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    task = scheduler.scheduleWithFixedDelay(this::purge, 5, 60, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** Never throws: an exception would cancel the periodic task. */
  void purge() {
    try {
      while (limiter.purge(BATCH) == BATCH) {
        // another batch
      }
      while (formTokens.purgeExpired(BATCH) == BATCH) {
        // another batch
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Old abuse records not purged; tried again in an hour", e);
    }
  }
}
