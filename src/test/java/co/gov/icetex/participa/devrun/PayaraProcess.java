package co.gov.icetex.participa.devrun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payara Micro as a child process: its output is echoed with a prefix (or written elsewhere) and
 * watched for the "ready" line and any other line a caller waits for.
 */
public final class PayaraProcess {

  private static final Pattern DEPLOYED = Pattern.compile("Deployed (\\d+) archive\\(s\\)");

  private final Process process;
  private final String prefix;
  private final Consumer<String> output;
  private final List<String> lines = new ArrayList<>(); // guarded by itself
  private volatile int deployedArchives = -1;

  private PayaraProcess(Process process, String prefix, Consumer<String> output) {
    this.process = process;
    this.prefix = prefix;
    this.output = output;
  }

  /** Starts the command with the launcher's environment, echoing its output as "[payara] ...". */
  static PayaraProcess start(List<String> command, Path pidFile) throws IOException {
    return start(command, pidFile, "[payara] ", System.out::println);
  }

  /**
   * Starts the command with the launcher's environment (PARTICIPA_* variables reach the app); each
   * line of its output goes to {@code output} with {@code prefix}; the child's pid is written to
   * {@code pidFile}.
   */
  public static PayaraProcess start(
      List<String> command, Path pidFile, String prefix, Consumer<String> output)
      throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    Files.createDirectories(pidFile.toAbsolutePath().getParent());
    Files.writeString(pidFile, Long.toString(process.pid()));
    PayaraProcess payara = new PayaraProcess(process, prefix, output);
    Thread pump = new Thread(payara::pumpOutput, "payara-output-" + process.pid());
    pump.setDaemon(true);
    pump.start();
    return payara;
  }

  /**
   * Stops a Payara Micro left running by a killed previous launcher, found through its pid file.
   */
  public static void stopStale(Path pidFile) {
    stopStale(pidFile, "payara-micro");
  }

  /**
   * Stops a Payara Micro left running by a killed previous launcher, found through its pid file, if
   * its command line contains {@code marker}: pids are reused (here they wrap at 32768 within the
   * hour), so a pid alone could name an unrelated process by now.
   */
  public static void stopStale(Path pidFile, String marker) {
    EmbeddedMariaDb.readPid(pidFile)
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .map(c -> c.contains("payara-micro") && c.contains(marker))
                    .orElse(false))
        .ifPresent(
            p -> {
              System.out.println(
                  "[participa] Deteniendo un Payara Micro anterior (pid " + p.pid() + ")…");
              EmbeddedMariaDb.terminate(p, Duration.ofSeconds(20));
            });
  }

  private void pumpOutput() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), Charset.defaultCharset()))) {
      String line;
      while ((line = in.readLine()) != null) {
        output.accept(prefix + line);
        Matcher deployed = DEPLOYED.matcher(line);
        if (deployed.find()) {
          deployedArchives = Integer.parseInt(deployed.group(1));
        }
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      // stream closed: the process ended
    }
    synchronized (lines) {
      lines.notifyAll();
    }
  }

  /**
   * Waits for the "ready in" line.
   *
   * @throws IllegalStateException if the process ended first, did not deploy the WAR, or took too
   *     long
   */
  public void awaitReady(Duration timeout) throws InterruptedException {
    awaitLine(
        line -> line.contains("Payara Micro") && line.contains("ready in"),
        timeout,
        "Payara Micro no estuvo listo");
    if (deployedArchives == 0) {
      throw new IllegalStateException(
          "Payara Micro arrancó pero no pudo desplegar participa.war (ver el log)");
    }
  }

  /**
   * Waits until a line of the output (one already printed or a later one) matches.
   *
   * @throws IllegalStateException if the process ended first or {@code timeout} passed ({@code
   *     what} says what was awaited)
   */
  public void awaitLine(Predicate<String> matching, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int seen = 0;
    synchronized (lines) {
      while (true) {
        for (; seen < lines.size(); seen++) {
          if (matching.test(lines.get(seen))) {
            return;
          }
        }
        if (!process.isAlive()) {
          throw new IllegalStateException(
              what + ": Payara Micro terminó (código " + process.exitValue() + ")");
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException(what + " en " + timeout.toSeconds() + " s");
        }
        lines.wait(Math.min(500, Math.max(1, left / 1_000_000)));
      }
    }
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** SIGKILL, as a crash would: no shutdown hook, no goodbye to the data grid. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM, wait {@code grace}, then SIGKILL; descendants too. Idempotent. */
  public void stop(Duration grace) {
    process.descendants().forEach(ProcessHandle::destroy);
    EmbeddedMariaDb.terminate(process.toHandle(), grace);
    process.descendants().forEach(ProcessHandle::destroyForcibly);
  }
}
