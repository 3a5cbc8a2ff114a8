package co.gov.icetex.participa.shared.health;

import co.gov.icetex.participa.shared.DataSourceConfiguration;
import co.gov.icetex.participa.shared.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Whether this instance is ready to serve: the migrations have run and the database answers now.
 *
 * <p>Requests ask {@link #isReady()}, which never waits on the database: it returns the last
 * verdict and, when that is older than {@link #RECHECK}, starts one new check in the background. A
 * check that has not answered within {@link #PATIENCE} counts as not ready (a database that stopped
 * answering hangs connections rather than refusing them). So within about a second of losing the
 * database every request is answered at once with a 503 instead of tying up a thread for the pool's
 * timeout, and within about a second of its return the instance serves again. The health endpoint
 * asks {@link #checkNow()}, which waits for a fresh verdict (at most {@link #PATIENCE}).
 */
@ApplicationScoped
public class InstanceReadiness {

  static final Duration RECHECK = Duration.ofSeconds(1);
  static final Duration PATIENCE = Duration.ofSeconds(3);
  private static final int VALIDATION_SECONDS = 2;

  /** One verdict: ready or not, why, and when it was reached (System.nanoTime). */
  public record Verdict(boolean ready, String detail, String schemaVersion, long at) {}

  @Inject DatabaseMigrator migrator;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  private volatile Verdict last = new Verdict(true, "not checked yet", null, System.nanoTime());
  private volatile CompletableFuture<Verdict> running; // written under this
  private long runningSince; // guarded by this

  /** The verdict for a request: the last one, never blocking; refreshed in the background. */
  public boolean isReady() {
    long now = System.nanoTime();
    Verdict verdict = last;
    if (running == null && now - verdict.at() <= RECHECK.toNanos()) {
      return verdict.ready(); // the common case: no lock on the request path
    }
    synchronized (this) {
      if (running != null) {
        return now - runningSince < PATIENCE.toNanos() && last.ready();
      }
      if (now - last.at() > RECHECK.toNanos()) {
        start(now);
      }
    }
    return last.ready();
  }

  /** A fresh verdict, waiting at most {@link #PATIENCE} for the database. */
  public Verdict checkNow() {
    CompletableFuture<Verdict> check;
    synchronized (this) {
      check = running != null ? running : start(System.nanoTime());
    }
    try {
      return check.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return new Verdict(
          false,
          "the database did not answer within " + PATIENCE.toSeconds() + " s",
          migrator.schemaVersion(),
          System.nanoTime());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Verdict(false, "interrupted", migrator.schemaVersion(), System.nanoTime());
    } catch (ExecutionException e) {
      return new Verdict(
          false, String.valueOf(e.getCause()), migrator.schemaVersion(), System.nanoTime());
    }
  }

  private CompletableFuture<Verdict> start(long now) {
    CompletableFuture<Verdict> check = CompletableFuture.supplyAsync(this::probe, executor);
    runningSince = now;
    running = check;
    check.whenComplete(
        (verdict, failure) -> {
          synchronized (this) {
            last =
                verdict != null
                    ? verdict
                    : new Verdict(
                        false,
                        String.valueOf(failure),
                        migrator.schemaVersion(),
                        System.nanoTime());
            if (running == check) {
              running = null;
            }
          }
        });
    return check;
  }

  private Verdict probe() {
    String schema = migrator.schemaVersion();
    if (schema == null) {
      return new Verdict(false, "migrations not applied yet", null, System.nanoTime());
    }
    try (Connection c = dataSource.getConnection()) {
      boolean valid = c.isValid(VALIDATION_SECONDS);
      return new Verdict(
          valid,
          valid ? "database reachable" : "the database did not validate the connection",
          schema,
          System.nanoTime());
    } catch (SQLException e) {
      return new Verdict(
          false, "database unreachable: " + e.getMessage(), schema, System.nanoTime());
    }
  }
}
