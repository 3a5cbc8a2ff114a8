package co.gov.icetex.participa.observation;

import static co.gov.icetex.participa.testing.ObservationJsonBuilder.anObservation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.Eventually;
import co.gov.icetex.participa.testing.Mailbox;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Observations through the public API, on the real stack: Payara Micro, the embedded MariaDB, and a
 * GreenMail SMTP server for the receipts. Each test uses its own e-mail and client address.
 */
public abstract class ObservationIntakeChecks {

  private static final String OPEN = "paac-2020";
  private static final String CLOSED = "informe-rendicion-cuentas-2026";
  private static final String SUBMIT = "/api/v1/consultations/" + OPEN + "/observations";
  private static final Mailbox MAILBOX = new Mailbox();

  protected final URL base = Portal.url();

  @BeforeAll
  static void startMail() {
    MAILBOX.start();
  }

  @AfterAll
  static void stopMail() {
    MAILBOX.stop();
  }

  private static long observationsFrom(String email) throws Exception {
    return TestDatabase.count("SELECT COUNT(*) FROM observation WHERE email = ?", email);
  }

  private long firstTableRowOf(Api api, String slug) {
    JsonObject consultation = api.get("/api/v1/consultations/" + slug).json();
    return consultation.getJsonArray("parts").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getBoolean("tableRow"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void listsOpenConsultationsFirstAndFiltersByStateTypeAndYear() {
    var api = new Api(base);
    List<JsonObject> items =
        api.get("/api/v1/consultations").json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertTrue(items.size() >= 8, "the demo catalogue");
    assertEquals("OPEN", items.get(0).getString("state"));
    assertEquals("CLOSED", items.get(items.size() - 1).getString("state"));

    var paac = api.get("/api/v1/consultations?type=PAAC&year=2020&state=OPEN").json();
    assertEquals(1, paac.getInt("total"));
    assertEquals(OPEN, paac.getJsonArray("items").getJsonObject(0).getString("slug"));

    var bad = api.get("/api/v1/consultations?state=ABIERTA");
    assertEquals(400, bad.status());
    assertTrue(bad.json().getString("message").contains("filtro"));
  }

  @Test
  void aConsultationListsItsCommentablePartsIncludingTableRows() {
    var api = new Api(base);
    JsonObject c = api.get("/api/v1/consultations/" + OPEN).json();
    assertEquals("PAAC", c.getString("type"));
    var rows =
        c.getJsonArray("parts").getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getBoolean("tableRow"))
            .toList();
    assertTrue(rows.size() >= 50, "every work-plan row of the seed is a part");
    assertEquals("ACTIVITY", rows.get(0).getString("kind"));
    assertFalse(rows.get(0).getJsonArray("fields").isEmpty());
    assertEquals(404, api.get("/api/v1/consultations/no-existe").status());
  }

  @Test
  void submitsAnObservationOnATableRowAndMailsTheReceipt() throws Exception {
    var api = new Api(base);
    long row = firstTableRowOf(api, OPEN);
    var observation =
        anObservation()
            .with("partId", row)
            .with("text", "Observación con acentos y 😀 <b>negrita</b>");

    var reply = api.postJson(SUBMIT, observation.json());

    assertEquals(201, reply.status(), reply.body());
    String code = reply.json().getString("trackingCode");
    assertTrue(code.matches("OBS-\\d{4}-\\d{6}"), code);
    assertFalse(reply.body().contains(observation.email()), "the API never echoes the e-mail");
    assertEquals(1, observationsFrom(observation.email()));
    assertEquals(
        row, TestDatabase.count("SELECT part_id FROM observation WHERE tracking_code = ?", code));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM observation WHERE tracking_code = ? AND text LIKE '%😀 <b>negrita</b>'",
            code));

    List<Mailbox.Mail> mails = MAILBOX.mailsTo(observation.email(), Duration.ofSeconds(30));
    assertEquals(1, mails.size());
    assertTrue(mails.get(0).subject().contains(code));
    String body = mails.get(0).body();
    assertTrue(body.contains(code), body);
    assertTrue(body.contains("Plan Anticorrupción y de Atención al Ciudadano 2020"), body);

    var lookup =
        api.postJson(
            "/api/v1/observations/lookup",
            "{\"trackingCode\":\""
                + code.toLowerCase()
                + "\",\"email\":\""
                + observation.email().toUpperCase()
                + "\"}");
    assertEquals(200, lookup.status(), lookup.body());
    assertEquals("RECEIVED", lookup.json().getString("status"));
    var wrong =
        api.postJson(
            "/api/v1/observations/lookup",
            "{\"trackingCode\":\"" + code + "\",\"email\":\"otra@example.co\"}");
    assertEquals(404, wrong.status());
  }

  @Test
  void aRepeatWithTheSameIdempotencyKeyReturnsTheSameObservation() throws Exception {
    var api = new Api(base);
    var observation = anObservation();
    var key = Map.of("Idempotency-Key", "retry-" + UUID.randomUUID());

    var first = api.postJson(SUBMIT, observation.json(), key);
    var second = api.postJson(SUBMIT, observation.json(), key);

    assertEquals(201, first.status(), first.body());
    assertEquals(200, second.status(), second.body());
    assertEquals(first.json().getString("trackingCode"), second.json().getString("trackingCode"));
    assertTrue(second.json().getBoolean("repeated"));
    assertEquals(1, observationsFrom(observation.email()));
  }

  @Test
  void concurrentRepeatsStillMakeOneObservation() throws Exception {
    var api = new Api(base);
    var observation = anObservation();
    var key = Map.of("Idempotency-Key", "burst-" + UUID.randomUUID());
    Callable<Api.Reply> send = () -> api.postJson(SUBMIT, observation.json(), key);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Api.Reply>> replies = pool.invokeAll(List.of(send, send, send, send));
      String code = null;
      for (Future<Api.Reply> f : replies) {
        Api.Reply r = f.get();
        assertTrue(r.status() == 201 || r.status() == 200, r.body());
        String c = r.json().getString("trackingCode");
        assertTrue(code == null || code.equals(c), "every repeat names the same observation");
        code = c;
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(1, observationsFrom(observation.email()));
  }

  @Test
  void aClosedConsultationRefusesObservations() throws Exception {
    var api = new Api(base);
    var observation = anObservation();
    var reply =
        api.postJson("/api/v1/consultations/" + CLOSED + "/observations", observation.json());
    assertEquals(409, reply.status());
    assertTrue(reply.json().getString("message").contains("no está abierta"), reply.body());
    assertEquals(0, observationsFrom(observation.email()));
  }

  @Test
  void badInputIsRefusedFieldByFieldInSpanishAndNothingIsSaved() throws Exception {
    var api = new Api(base);
    var observation =
        anObservation()
            .with("stakeholderGroup", "ALIEN")
            .with("department", "12")
            .with("text", "x".repeat(5001))
            .with("consent", false);
    var reply = api.postJson(SUBMIT, observation.json());
    assertEquals(422, reply.status());
    Map<String, String> errors = new java.util.HashMap<>();
    reply
        .json()
        .getJsonArray("errors")
        .getValuesAs(JsonObject.class)
        .forEach(e -> errors.put(e.getString("field"), e.getString("message")));
    assertEquals("Seleccione un grupo de interés de la lista.", errors.get("stakeholderGroup"));
    assertEquals("Seleccione un departamento de la lista.", errors.get("department"));
    assertEquals("La observación puede tener hasta 5.000 caracteres.", errors.get("text"));
    assertNotNull(errors.get("consent"));
    assertEquals(0, observationsFrom(observation.email()));

    var malformed = api.postJson(SUBMIT, "{\"text\": ");
    assertEquals(400, malformed.status());
    assertEquals(
        "El cuerpo de la solicitud no es un JSON válido.", malformed.json().getString("message"));

    var otherConsultationsPart =
        anObservation().with("partId", firstTableRowOf(api, "indicadores-estrategicos-2027"));
    var wrongPart = api.postJson(SUBMIT, otherConsultationsPart.json());
    assertEquals(422, wrongPart.status());
    assertTrue(wrongPart.body().contains("partId"));
  }

  @Test
  void anAttachmentIsCheckedByItsContentNotItsName() throws Exception {
    var api = new Api(base);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
    var disguised = anObservation();
    var refused = api.postMultipart(SUBMIT, disguised.asFormFields(), "informe.pdf", png);
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("attachment"));
    assertTrue(refused.json().toString().contains("no corresponde a su extensión"));
    assertEquals(0, observationsFrom(disguised.email()));

    var script = anObservation();
    var exe =
        api.postMultipart(
            SUBMIT,
            script.asFormFields(),
            "virus.exe",
            "MZ....".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(422, exe.status());
    assertEquals(0, observationsFrom(script.email()));

    var genuine = anObservation();
    var accepted =
        api.postMultipart(
            SUBMIT,
            genuine.asFormFields(),
            "soporte.pdf",
            "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    assertEquals(201, accepted.status(), accepted.body());
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM observation_attachment a JOIN observation o ON o.id = a.observation_id "
                + "WHERE o.email = ? AND a.media_type = 'application/pdf'",
            genuine.email()));
  }

  @Test
  void aFilledHoneypotAndTooManySubmissionsAreRefused() throws Exception {
    var api =
        new Api(
            base, "10.99." + java.util.concurrent.ThreadLocalRandom.current().nextInt(250) + ".7");
    var bot = anObservation().with("website", "http://spam.example");
    assertEquals(400, api.postJson(SUBMIT, bot.json()).status());
    assertEquals(0, observationsFrom(bot.email()));

    int limit = 5; // participa.ratelimit.per-hour in arquillian.xml
    for (int i = 0; i < limit; i++) {
      assertEquals(201, api.postJson(SUBMIT, anObservation().json()).status());
    }
    var over = anObservation();
    var reply = api.postJson(SUBMIT, over.json());
    assertEquals(429, reply.status());
    assertTrue(reply.json().getString("message").contains("muchas observaciones"));
    assertEquals(0, observationsFrom(over.email()));
  }

  @Test
  void aReceiptQueuedWhileTheMailServerIsDownIsSentOnceItIsBack() throws Exception {
    var api = new Api(base);
    var observation = anObservation();
    MAILBOX.stop();
    try {
      var reply = api.postJson(SUBMIT, observation.json());
      assertEquals(201, reply.status(), "accepted even with the mail server down");
      String code = reply.json().getString("trackingCode");
      Eventually.until(
          () ->
              TestDatabase.count("SELECT attempts FROM mail_outbox WHERE reference = ?", code) > 0,
          Duration.ofSeconds(20),
          "a delivery was attempted and failed");
      assertEquals(
          0,
          TestDatabase.count(
              "SELECT COUNT(*) FROM mail_outbox WHERE reference = ? AND sent_at IS NOT NULL",
              code));
    } finally {
      MAILBOX.start();
    }
    List<Mailbox.Mail> mails = MAILBOX.mailsTo(observation.email(), Duration.ofSeconds(60));
    assertEquals(1, mails.size(), "delivered once the server is back");
  }

  @Test
  void readOnlyPublicPagesCreateNoSession() {
    var api = new Api(base);
    for (String page :
        List.of("/", "/consulta?c=" + OPEN, "/seguimiento", "/api/v1/consultations")) {
      var reply = api.get(page);
      assertEquals(200, reply.status(), page);
      assertTrue(
          reply.headers().allValues("Set-Cookie").stream()
              .noneMatch(c -> c.startsWith("JSESSIONID")),
          page + " created a session");
    }
  }
}
