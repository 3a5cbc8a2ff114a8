package co.gov.icetex.participa.devrun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payara Micro as a child process: its output is echoed with a prefix and watched for the "ready" line.
 */
final class PayaraProcess {

    private static final String PREFIX = "[payara] ";
    private static final Pattern DEPLOYED = Pattern.compile("Deployed (\\d+) archive\\(s\\)");

    private final Process process;
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile int deployedArchives = -1;

    private PayaraProcess(Process process) {
        this.process = process;
    }

    /** Starts the command with the launcher's environment; writes the child's pid to {@code pidFile}. */
    static PayaraProcess start(List<String> command, Path pidFile) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Process process = builder.start(); // inherits the environment: PARTICIPA_* variables reach the app
        process.getOutputStream().close();
        Files.createDirectories(pidFile.toAbsolutePath().getParent());
        Files.writeString(pidFile, Long.toString(process.pid()));
        PayaraProcess payara = new PayaraProcess(process);
        Thread pump = new Thread(payara::pumpOutput, "payara-output");
        pump.setDaemon(true);
        pump.start();
        return payara;
    }

    /** Stops a Payara Micro left running by a killed previous launcher, found through its pid file. */
    static void stopStale(Path pidFile) {
        EmbeddedMariaDb.readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro")).orElse(false))
                .ifPresent(p -> {
                    System.out.println("[participa] Deteniendo un Payara Micro anterior (pid " + p.pid() + ")…");
                    EmbeddedMariaDb.terminate(p, Duration.ofSeconds(20));
                });
    }

    private void pumpOutput() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), Charset.defaultCharset()))) {
            String line;
            while ((line = in.readLine()) != null) {
                System.out.println(PREFIX + line);
                Matcher deployed = DEPLOYED.matcher(line);
                if (deployed.find()) {
                    deployedArchives = Integer.parseInt(deployed.group(1));
                }
                if (line.contains("Payara Micro") && line.contains("ready in")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // stream closed: the process ended
        }
    }

    /**
     * Waits for the "ready in" line.
     *
     * @throws IllegalStateException if the process ended first, did not deploy the WAR, or took too long
     */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.await(500, TimeUnit.MILLISECONDS)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro terminó antes de estar listo (código "
                        + process.exitValue() + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Payara Micro no estuvo listo en " + timeout.toSeconds() + " s");
            }
        }
        if (deployedArchives == 0) {
            throw new IllegalStateException("Payara Micro arrancó pero no pudo desplegar participa.war (ver el log)");
        }
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** SIGTERM, wait {@code grace}, then SIGKILL; descendants too. Idempotent. */
    void stop(Duration grace) {
        process.descendants().forEach(ProcessHandle::destroy);
        EmbeddedMariaDb.terminate(process.toHandle(), grace);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
    }
}
