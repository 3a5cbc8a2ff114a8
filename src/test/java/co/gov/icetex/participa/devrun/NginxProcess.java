package co.gov.icetex.participa.devrun;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * nginx (Debian's package) in front of the instances, run as a child process from a folder of its
 * own: the production site file {@code src/main/nginx/participa.conf} is included as it is, and
 * this class writes only what differs per run, as an operator does per host: the listen port, the
 * instance addresses, and a main {@code nginx.conf} whose temporary and cache folders lie in the
 * run folder.
 */
public final class NginxProcess {

  private static final List<Path> BINARIES =
      List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"));

  private final Process process;
  private final Path runDir;

  private NginxProcess(Process process, Path runDir) {
    this.process = process;
    this.runDir = runDir;
  }

  /** The nginx binary, or an exception that says how to install it. */
  public static Path binary() {
    return BINARIES.stream()
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "nginx no está instalado: sudo apt-get install nginx (o ejecute src/test/scripts/ensure-nginx.sh)"));
  }

  /**
   * Writes the run folder and starts nginx; returns once it accepts connections on {@code port}.
   *
   * @param site the production site file (participa.conf), included as is
   * @param instancePorts HTTP ports of the Payara Micro instances on 127.0.0.1
   * @param realIpFrom addresses in front of nginx whose X-Forwarded-For it believes (an outer
   *     balancer; the benchmark's load generator, which stands for many citizens), none for the
   *     usual case
   */
  public static NginxProcess start(
      Path site,
      Path runDir,
      int port,
      List<Integer> instancePorts,
      List<String> realIpFrom,
      Path pidFile)
      throws IOException, InterruptedException {
    Path nginx = binary();
    stopStale(pidFile, runDir);
    Files.createDirectories(runDir.resolve("tmp"));
    StringBuilder listen = new StringBuilder("listen 127.0.0.1:" + port + ";\n");
    if (!realIpFrom.isEmpty()) {
      realIpFrom.forEach(a -> listen.append("set_real_ip_from ").append(a).append(";\n"));
      listen.append("real_ip_header X-Forwarded-For;\n");
    }
    Files.writeString(runDir.resolve("participa-listen.conf"), listen);
    Files.writeString(
        runDir.resolve("participa-instances.conf"),
        instancePorts.stream()
            .map(p -> "server 127.0.0.1:" + p + " max_fails=1 fail_timeout=10s;")
            .collect(Collectors.joining("\n", "", "\n")));
    String tmp = runDir.resolve("tmp").toString();
    Files.writeString(
        runDir.resolve("nginx.conf"),
        String.join(
            "\n",
            "# Written by the launcher for this run; the site itself is " + site,
            "worker_processes auto;",
            "pid " + runDir.resolve("nginx.pid") + ";",
            "error_log " + runDir.resolve("error.log") + " warn;",
            "events { worker_connections 4096; }",
            "http {",
            "  include /etc/nginx/mime.types;",
            "  default_type application/octet-stream;",
            "  sendfile on;",
            "  tcp_nopush on;",
            "  keepalive_timeout 65;",
            "  access_log off;",
            "  client_body_temp_path " + tmp + "/body;",
            "  proxy_temp_path " + tmp + "/proxy;",
            "  fastcgi_temp_path " + tmp + "/fastcgi;",
            "  uwsgi_temp_path " + tmp + "/uwsgi;",
            "  scgi_temp_path " + tmp + "/scgi;",
            "  include " + site.toAbsolutePath() + ";",
            "}",
            ""));
    List<String> command =
        new ArrayList<>(
            List.of(
                nginx.toString(),
                "-p",
                runDir + "/",
                "-c",
                runDir.resolve("nginx.conf").toString(),
                "-e",
                runDir.resolve("error.log").toString()));
    Process check = new ProcessBuilder(concat(command, "-t")).redirectErrorStream(true).start();
    String checkOutput = new String(check.getInputStream().readAllBytes());
    if (check.waitFor() != 0) {
      throw new IllegalStateException("La configuración de nginx no es válida:\n" + checkOutput);
    }
    Process process =
        new ProcessBuilder(concat(command, "-g", "daemon off;"))
            .redirectErrorStream(true)
            .redirectOutput(runDir.resolve("nginx.out").toFile())
            .start();
    Files.writeString(pidFile, Long.toString(process.pid()));
    NginxProcess started = new NginxProcess(process, runDir);
    started.awaitPort(port, Duration.ofSeconds(20));
    return started;
  }

  private static List<String> concat(List<String> command, String... more) {
    List<String> all = new ArrayList<>(command);
    all.addAll(List.of(more));
    return all;
  }

  private void awaitPort(int port, Duration timeout) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "nginx terminó al arrancar: "
                  + Files.readString(runDir.resolve("nginx.out"))
                  + readErrorLog());
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "nginx no abrió el puerto " + port + " en " + timeout.toSeconds() + " s");
        }
        Thread.sleep(100); // polling a port: nothing to wait on
      }
    }
  }

  private String readErrorLog() throws IOException {
    Path log = runDir.resolve("error.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  /**
   * Stops an nginx left running by a killed previous launcher, found through its pid file, if it
   * runs from {@code runDir} (pids are reused: a pid alone could name an unrelated process by now).
   */
  public static void stopStale(Path pidFile, Path runDir) {
    EmbeddedMariaDb.readPid(pidFile)
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .map(c -> c.contains("nginx") && c.contains(runDir.toString()))
                    .orElse(false))
        .ifPresent(
            p -> {
              System.out.println("[participa] Deteniendo un nginx anterior (pid " + p.pid() + ")…");
              EmbeddedMariaDb.terminate(p, Duration.ofSeconds(10));
            });
  }

  public long pid() {
    return process.pid();
  }

  /** SIGTERM (nginx's fast shutdown), then SIGKILL after {@code grace}; its workers end with it. */
  public void stop(Duration grace) {
    EmbeddedMariaDb.terminate(process.toHandle(), grace);
    process.descendants().forEach(ProcessHandle::destroyForcibly);
  }
}
