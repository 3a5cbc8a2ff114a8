package co.gov.icetex.participa.testing;

import java.time.Duration;
import java.time.Instant;

/**
 * Waits for something the portal does in the background (a scheduled job, the mail outbox) by
 * looking again and again until it holds or a timeout passes, instead of sleeping for a fixed time:
 *
 * <pre>{@code
 * Eventually.until(() -> TestDatabase.count("SELECT COUNT(*) FROM scheduled_job_run WHERE run_on = ?", day) == 1,
 *     Duration.ofSeconds(20), "the reminders of " + day);
 * }</pre>
 */
public final class Eventually {

  /** A condition that may read the database or the network. */
  @FunctionalInterface
  public interface Condition {
    boolean holds() throws Exception;
  }

  private static final Duration POLL = Duration.ofMillis(100);

  private Eventually() {}

  /**
   * Returns as soon as {@code condition} holds; fails with {@code what} if it still does not after
   * {@code timeout}.
   */
  public static void until(Condition condition, Duration timeout, String what) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.holds()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Still not true after " + timeout.toSeconds() + " s: " + what);
      }
      pause();
    }
  }

  /** One polling interval, for the helpers that look again themselves (e.g. {@link Mailbox}). */
  static void pause() throws InterruptedException {
    Thread.sleep(POLL.toMillis());
  }
}
