package co.gov.icetex.participa.campaign.application;

import co.gov.icetex.participa.observation.application.ObservationSubmitted;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Groups observations after they are stored, off the citizen's request: a submission's commit asks
 * for a round ({@code AFTER_SUCCESS}, so a rolled-back submission asks nothing and the intake
 * transaction does no grouping work). A round starts {@value #ROUND_DELAY_MILLIS} ms after it is
 * asked for, and the next one no sooner after the last ended, so that a burst of submissions is
 * grouped in a few batches of many rather than one round per submission competing with intake for
 * the cores and the database (each round takes the consultation's lock and reads its candidates
 * however few the newcomers). A poll every {@value #POLL_SECONDS} s, and one shortly after
 * start-up, group what no round took: the observations stored before campaigns existed (the
 * backfill) and those whose instance stopped before grouping them. Which observations are left is
 * in the database ({@code grouped_at IS NULL}), not in this instance's memory.
 */
@ApplicationScoped
public class GroupingJob {

  private static final Logger LOG = Logger.getLogger(GroupingJob.class.getName());

  /**
   * Newcomers per transaction. Each batch reads the candidates of its texts once: with a campaign
   * of hundreds of variants, batches of 100 read that campaign's texts five times as often as
   * batches of 500. A batch holds its consultation's lock, which a split-off waits for.
   */
  static final int BATCH = 500;

  static final long POLL_SECONDS = 30;
  private static final long FIRST_ROUND_SECONDS = 5;
  static final long ROUND_DELAY_MILLIS = 500;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject CampaignGrouping grouping;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean requested = new AtomicBoolean();
  private ScheduledFuture<?> poll;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    poll =
        scheduler.scheduleWithFixedDelay(
            this::groupSoon, FIRST_ROUND_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (poll != null) {
      poll.cancel(false);
    }
  }

  void submitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ObservationSubmitted event) {
    groupSoon();
  }

  /** Asks for a grouping round; one runs at a time per instance. */
  public void groupSoon() {
    requested.set(true);
    if (running.compareAndSet(false, true)) {
      scheduleRound();
    }
  }

  private void scheduleRound() {
    scheduler.schedule(this::round, ROUND_DELAY_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void round() {
    try {
      requested.set(false);
      groupAllSafely();
    } finally {
      running.set(false);
    }
    if (requested.get() && running.compareAndSet(false, true)) {
      scheduleRound(); // asked again meanwhile: the next round, after the same pause
    }
  }

  private void groupAllSafely() {
    try {
      for (long consultation : grouping.consultationsToGroup()) {
        while (grouping.groupNext(consultation, BATCH) == BATCH) {
          // the next batch of the same consultation
        }
      }
    } catch (RuntimeException e) {
      // Left ungrouped in the database: the next round tries again.
      LOG.log(
          Level.WARNING,
          "Grouping observations into campaigns failed; retried on the next round",
          e);
    }
  }
}
