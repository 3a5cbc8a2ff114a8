package co.gov.icetex.participa.notification;

import co.gov.icetex.participa.shared.Settings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox: right after a message is committed ({@link #deliverSoon}) and, for whatever
 * failed or was queued while the mail server was down, on a fixed poll. Failures back off
 * exponentially up to an hour; nothing is dropped.
 */
@ApplicationScoped
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
  private static final int BATCH = 50;
  private static final Duration MAX_DELAY = Duration.ofHours(1);

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService executor;
  @Inject OutboxStore store;
  @Inject MailSender sender;
  @Inject Settings settings;

  /**
   * One delivery round at a time per instance; a request during a round makes it go round again.
   */
  private final AtomicBoolean running = new AtomicBoolean();

  private final AtomicBoolean requested = new AtomicBoolean();

  private ScheduledFuture<?> poll;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    long every = settings.mailRetrySeconds();
    poll = scheduler.scheduleWithFixedDelay(this::deliverSoon, every, every, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (poll != null) {
      poll.cancel(false);
    }
  }

  /**
   * Asks for a delivery round. Bursts of submissions coalesce into as few rounds as needed, so the
   * outbox never competes with citizens' requests for database connections.
   */
  public void deliverSoon() {
    requested.set(true);
    if (running.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  private void drain() {
    try {
      while (requested.getAndSet(false)) {
        deliverDueSafely();
      }
    } finally {
      running.set(false);
    }
    if (requested.get() && running.compareAndSet(false, true)) {
      executor.execute(this::drain); // asked again between the last check and the release
    }
  }

  private void deliverDueSafely() {
    try {
      while (deliverDue() == BATCH) {
        // A full batch: there may be more due right now.
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox delivery round failed; will retry on the next poll", e);
    }
  }

  /** Delivers one batch of due messages; returns how many were claimed. */
  int deliverDue() {
    List<OutboxMessage> claimed = store.claimDue(BATCH);
    if (claimed.isEmpty()) {
      return 0;
    }
    Duration base = Duration.ofSeconds(settings.mailRetrySeconds());
    try (MailSender.Connection smtp = sender.connect()) {
      for (OutboxMessage message : claimed) {
        try {
          smtp.send(
              message.getRecipient(),
              message.getSubject(),
              message.getBodyText(),
              message.extraHeaders());
          store.markDelivered(message.getId());
        } catch (MessagingException | RuntimeException e) {
          LOG.log(
              Level.INFO,
              "Mail {0} not delivered yet: {1}",
              new Object[] {message.getId(), e.toString()});
          store.markFailed(List.of(message.getId()), e.toString(), base, MAX_DELAY);
        }
      }
    } catch (MessagingException e) {
      // The server cannot be reached (or refused the connection): the whole round waits for the
      // retry.
      LOG.log(
          Level.INFO,
          "Mail server unavailable, {0} messages wait: {1}",
          new Object[] {claimed.size(), e.toString()});
      // Messages this round already delivered are skipped by markFailed, which reads them afresh.
      store.markFailed(
          claimed.stream().map(OutboxMessage::getId).toList(), e.toString(), base, MAX_DELAY);
    }
    return claimed.size();
  }
}
