package co.gov.icetex.participa.devrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Several Payara Micro instances of the portal in one Hazelcast data grid, and nginx in front of
 * them, on one machine; the database is the caller's. Used by {@link ClusterLauncher} ({@code mvn
 * -Pcluster}) and by the failover test, which kills an instance with {@link Instance#kill()}.
 *
 * <p>The grid is formed over TCP on loopback (multicast is off on most hosts and would join
 * unrelated runs) with a cluster name of its own, and is not host-aware: Payara Micro groups
 * members by host for backups, so with every member on one host it would keep no backup copy and a
 * killed instance would take its sessions with it. Instances start one after the other: the first
 * applies the migrations and loads the demo content before the next one starts.
 */
public final class PortalCluster implements AutoCloseable {

  /**
   * What to start.
   *
   * @param war the portal's WAR
   * @param microJar payara-micro.jar
   * @param payaraOptions further Payara Micro options of every instance (the asadmin command files)
   * @param nginxSite the production site file (src/main/nginx/participa.conf)
   * @param runDir a folder for this run: instance roots, nginx's files, pid files (emptied first)
   * @param frontPort where nginx listens on 127.0.0.1
   * @param frontRealIpFrom addresses whose X-Forwarded-For nginx believes (usually none)
   * @param httpPorts one HTTP port per instance
   * @param gridPorts one Hazelcast port per instance
   * @param clusterName the data grid's name, so that two runs on one host never join
   * @param appConfig {@code participa.*} settings for every instance (database, mail, demo…)
   * @param jvmOptions options of each instance's JVM (heap, JIT)
   * @param output where instance output goes (each line prefixed with the instance's name)
   */
  public record Options(
      Path war,
      Path microJar,
      List<String> payaraOptions,
      Path nginxSite,
      Path runDir,
      int frontPort,
      List<String> frontRealIpFrom,
      List<Integer> httpPorts,
      List<Integer> gridPorts,
      String clusterName,
      Map<String, String> appConfig,
      List<String> jvmOptions,
      Consumer<String> output) {}

  /** One running instance. */
  public record Instance(String name, int httpPort, PayaraProcess process) {

    /** kill -9: no shutdown, no goodbye to the data grid, as a crash. */
    public void kill() throws InterruptedException {
      process.kill();
    }
  }

  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private final Options options;
  private final List<Instance> instances = new ArrayList<>();
  private volatile NginxProcess nginx;
  private volatile boolean closed;

  /**
   * A cluster not started yet; {@link #close()} may be called at any time, also while it starts.
   */
  public PortalCluster(Options options) {
    this.options = options;
  }

  /**
   * Starts the instances (one after the other), waits until they form one data grid, then starts
   * nginx. On failure, stops what it started and throws.
   */
  public PortalCluster start(Consumer<String> progress) throws Exception {
    try {
      startAll(progress);
      return this;
    } catch (Exception | Error e) {
      close();
      throw e;
    }
  }

  private void startAll(Consumer<String> progress) throws Exception {
    Path runDir = options.runDir().toAbsolutePath();
    for (int i = 0; i < options.httpPorts().size(); i++) { // left by a kill -9 of the launcher
      PayaraProcess.stopStale(
          runDir.resolve(instanceName(i) + ".pid"), runDir.resolve(instanceName(i)).toString());
    }
    NginxProcess.stopStale(runDir.resolve("nginx.pid"), runDir.resolve("nginx"));
    deleteTree(runDir);
    Files.createDirectories(runDir);
    NginxProcess.binary(); // fail early, before two minutes of starting instances, if it is missing

    int n = options.httpPorts().size();
    String members =
        options.gridPorts().stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    for (int i = 0; i < n; i++) {
      String name = instanceName(i);
      progress.accept(
          "Iniciando la instancia "
              + name
              + " de Payara Micro… (puerto "
              + options.httpPorts().get(i)
              + ", data grid en el puerto "
              + options.gridPorts().get(i)
              + ")");
      synchronized (this) {
        if (closed) {
          throw new IllegalStateException("detenido durante el arranque");
        }
        PayaraProcess process =
            PayaraProcess.start(
                command(i, members),
                runDir.resolve(name + ".pid"),
                "[" + name + "] ",
                options.output());
        instances.add(new Instance(name, options.httpPorts().get(i), process));
      }
      instances.get(i).process().awaitReady(START_TIMEOUT);
    }
    progress.accept("Esperando a que las " + n + " instancias formen un solo data grid…");
    for (Instance instance : instances) {
      // Payara Micro prints the grid's state on every member when one joins ("... DG Size: 2").
      instance
          .process()
          .awaitLine(
              line -> line.contains("DG Size: " + n),
              Duration.ofMinutes(2),
              "La instancia " + instance.name() + " no vio el data grid de " + n + " miembros");
    }
    progress.accept("Iniciando nginx en el puerto " + options.frontPort() + "…");
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("detenido durante el arranque");
      }
      nginx =
          NginxProcess.start(
              options.nginxSite(),
              runDir.resolve("nginx"),
              options.frontPort(),
              options.httpPorts(),
              options.frontRealIpFrom(),
              runDir.resolve("nginx.pid"));
    }
  }

  private static String instanceName(int i) {
    return "participa-" + (char) ('a' + i);
  }

  private List<String> command(int i, String members) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options.jvmOptions());
    // A member that stops answering is dropped from the grid within seconds rather than a minute,
    // so
    // the sessions it owned are served from their backups on the survivors soon after a crash.
    command.add("-Dhazelcast.heartbeat.interval.seconds=1");
    command.add("-Dhazelcast.max.no.heartbeat.seconds=6");
    options.appConfig().forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.addAll(
        List.of(
            "-jar",
            options.microJar().toString(),
            "--deploy",
            options.war().toString(),
            "--contextroot",
            "/",
            "--name",
            instanceName(i),
            "--port",
            Integer.toString(options.httpPorts().get(i)),
            "--clustermode",
            "tcpip:" + members,
            "--clustername",
            options.clusterName(),
            "--interfaces",
            "127.0.0.1",
            "--startport",
            Integer.toString(options.gridPorts().get(i)),
            "--nohostaware",
            "--rootdir",
            options.runDir().toAbsolutePath().resolve(instanceName(i)).toString(),
            "--disablephonehome"));
    command.addAll(options.payaraOptions());
    return command;
  }

  public List<Instance> instances() {
    return List.copyOf(instances);
  }

  public int frontPort() {
    return options.frontPort();
  }

  /**
   * Stops nginx, then the instances still running (SIGTERM, then SIGKILL after 20 s). Idempotent.
   */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    NginxProcess n = nginx;
    if (n != null) {
      n.stop(Duration.ofSeconds(10));
    }
    List<Instance> running;
    synchronized (this) {
      running = List.copyOf(instances);
    }
    running.parallelStream().forEach(i -> i.process().stop(Duration.ofSeconds(20)));
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
