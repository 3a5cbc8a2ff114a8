package co.gov.icetex.participa.security;

import static co.gov.icetex.participa.testing.ObservationJsonBuilder.anObservation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.shared.files.OfficePackages;
import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.HearingForms;
import co.gov.icetex.participa.testing.Mailbox;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.StaffSteps;
import co.gov.icetex.participa.testing.TestDatabase;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal tried as an attacker would: each check is one abuse the portal once allowed (a zip
 * bomb, the receipt as a mail relay, cross-site posts, formula cells, enumeration through the
 * lookup, stuffed hearing forms, a client rotating IPv6 addresses, branded error answers) and fails
 * if it comes back.
 */
public abstract class AbuseChecks {

  private static final String OPEN = "paac-2020";
  private static final String CLOSED = "informe-rendicion-cuentas-2026";
  private static final String SUBMIT = "/api/v1/consultations/" + OPEN + "/observations";
  private static final String LOOKUP = "/api/v1/observations/lookup";
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

  private static Api fromSomewhere(URL base) {
    var r = ThreadLocalRandom.current();
    return new Api(base, "10.66." + r.nextInt(250) + "." + (1 + r.nextInt(250)));
  }

  private static long observationsFrom(String email) throws Exception {
    return TestDatabase.count("SELECT COUNT(*) FROM observation WHERE email = ?", email);
  }

  @Test
  void aZipBombIsRefusedFromItsDirectoryAndOnlyAfterTheCheapChecks() throws Exception {
    // word/document.xml inflates to 300 MB from about 300 KB; the old check inflated it all.
    byte[] bomb = OfficePackages.docxInflatingTo(300L * 1024 * 1024);
    var api = fromSomewhere(base);
    var author = anObservation();

    var refused = api.postMultipart(SUBMIT, author.asFormFields(), "propuesta.docx", bomb);
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("bomba zip"), refused.body());
    assertEquals(0, observationsFrom(author.email()));

    var closed =
        api.postMultipart(
            "/api/v1/consultations/" + CLOSED + "/observations",
            author.asFormFields(),
            "propuesta.docx",
            bomb);
    assertEquals(
        409,
        closed.status(),
        "a closed consultation is refused before the file is looked at: " + closed.body());

    var badFields =
        api.postMultipart(
            SUBMIT, anObservation().with("consent", false).asFormFields(), "propuesta.docx", bomb);
    assertEquals(422, badFields.status());
    assertFalse(
        badFields.body().contains("bomba zip"),
        "fields are checked before the file: " + badFields.body());

    var genuine = anObservation();
    var accepted =
        api.postMultipart(SUBMIT, genuine.asFormFields(), "propuesta.docx", OfficePackages.docx());
    assertEquals(201, accepted.status(), "a real DOCX is still welcome: " + accepted.body());
  }

  @Test
  void theReceiptCarriesNothingTheSenderWroteAndLinksToWhatWasReceived() throws Exception {
    String victim = "victima+" + UUID.randomUUID() + "@example.co";
    var spam =
        anObservation()
            .with("email", victim)
            .with("authorName", "Gane un premio en http://estafa.example")
            .with(
                "text",
                "Reclame su premio aquí: http://estafa.example/premio <a href=\"x\">clic</a>");
    var reply = fromSomewhere(base).postJson(SUBMIT, spam.json());
    assertEquals(201, reply.status(), reply.body());
    String code = reply.json().getString("trackingCode");

    Mailbox.Mail receipt = MAILBOX.mailsTo(victim, Duration.ofSeconds(20)).get(0);
    assertFalse(
        receipt.body().contains("estafa") || receipt.subject().contains("estafa"), receipt.body());
    assertFalse(receipt.body().contains("premio"), "not a word of the sender's: " + receipt.body());
    assertTrue(receipt.body().contains(code), receipt.body());

    Matcher link = Pattern.compile("/recibida\\?(codigo=[^\\s]+)").matcher(receipt.body());
    assertTrue(link.find(), receipt.body());
    String page = new StaffClient(base).get("/recibida?" + link.group(1)).body();
    assertTrue(
        page.contains("http://estafa.example/premio &lt;a href"),
        "the page shows what was received, escaped");
    assertEquals(
        404, new StaffClient(base).get("/recibida?codigo=" + code + "&firma=falsa").status());
  }

  @Test
  void receiptsToOneAddressAreLimitedPerDayWhoeverSendsThem() throws Exception {
    String target = "buzon+" + UUID.randomUUID() + "@example.co";
    int perDay = 10; // participa.mail.per-recipient-per-day, default
    for (int i = 0; i <= perDay; i++) {
      var reply =
          fromSomewhere(base).postJson(SUBMIT, anObservation().with("email", target).json());
      assertEquals(201, reply.status(), "every observation is still accepted: " + reply.body());
    }
    assertEquals(perDay + 1, observationsFrom(target));
    assertEquals(
        perDay,
        TestDatabase.count(
            "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND kind = 'OBSERVATION_RECEIPT'",
            target));
  }

  @Test
  void anIpv6SlashSixtyFourIsOneClient() throws Exception {
    String net =
        "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":7:";
    int limit = 5; // participa.ratelimit.per-hour in arquillian.xml
    for (int i = 0; i < limit; i++) {
      var api =
          new Api(base, net + Integer.toHexString(i + 1) + "::" + Integer.toHexString(1 + i * 77));
      assertEquals(201, api.postJson(SUBMIT, anObservation().json()).status());
    }
    var rotated = new Api(base, net + "ffff:ffff:ffff:ffff");
    var refused = rotated.postJson(SUBMIT, anObservation().json());
    assertEquals(
        429,
        refused.status(),
        "a new address in the same /64 is the same client: " + refused.body());
  }

  @Test
  void browsersCannotPostForAnotherSite() throws Exception {
    var api = fromSomewhere(base);
    var fromEvil =
        api.postMultipart(
            SUBMIT,
            anObservation().asFormFields(),
            "a.pdf",
            "%PDF-1.4\n".getBytes(),
            Map.of("Origin", "https://malicioso.example"));
    assertEquals(403, fromEvil.status(), fromEvil.body());
    assertTrue(fromEvil.json().getString("message").contains("otro sitio web"), fromEvil.body());

    var fetchMetadata =
        api.postMultipart(
            SUBMIT,
            anObservation().asFormFields(),
            "a.pdf",
            "%PDF-1.4\n".getBytes(),
            Map.of("Sec-Fetch-Site", "cross-site"));
    assertEquals(403, fetchMetadata.status());

    var page =
        new StaffClient(base)
            .postForm(
                "/seguimiento",
                Map.of("lookup", "lookup"),
                Map.of("Origin", "https://malicioso.example", "Sec-Fetch-Site", "cross-site"));
    assertEquals(403, page.status());
    assertTrue(
        page.body().contains("lang=\"es-CO\"")
            && page.body().contains("llegó desde otro sitio web"),
        page.body());

    String own = base.getProtocol() + "://" + base.getAuthority();
    var sameSite =
        api.postMultipart(
            SUBMIT,
            anObservation().asFormFields(),
            "a.pdf",
            "%PDF-1.4\n%%EOF\n".getBytes(),
            Map.of("Origin", own, "Sec-Fetch-Site", "same-origin"));
    assertEquals(201, sameSite.status(), "the portal's own pages may post: " + sameSite.body());
  }

  @Test
  void csvCellsASpreadsheetWouldRunAsAFormulaAreNeutralised() throws Exception {
    String formula = "=HYPERLINK(\"http://malicioso.example\",\"Ver respuesta\")";
    var reply = fromSomewhere(base).postJson(SUBMIT, anObservation().with("text", formula).json());
    String code = reply.json().getString("trackingCode");
    StaffSteps.answerAndPublish(base, code, "+57 es el indicativo; @ICETEX responde.");

    String csv = new StaffClient(base).get("/api/v1/datasets/answers.csv").body();
    CSVRecord row =
        CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().get())
            .getRecords()
            .stream()
            .filter(r -> r.get("tracking_code").equals(code))
            .findFirst()
            .orElseThrow(() -> new AssertionError(csv));
    assertEquals("'" + formula, row.get("text"));
    assertEquals("'+57 es el indicativo; @ICETEX responde.", row.get("answer_text"));
  }

  @Test
  void failedLookupsAreThrottledPerClientWithoutLockingOutTheOwner() throws Exception {
    var owner = fromSomewhere(base);
    var mine = anObservation();
    String code = owner.postJson(SUBMIT, mine.json()).json().getString("trackingCode");
    String pair = "{\"trackingCode\":\"" + code + "\",\"email\":\"" + mine.email() + "\"}";

    var prober = fromSomewhere(base);
    for (int i = 0; i < 10; i++) {
      var guess =
          prober.postJson(
              LOOKUP,
              "{\"trackingCode\":\"" + code + "\",\"email\":\"adivina" + i + "@example.co\"}");
      assertEquals(404, guess.status());
    }
    var throttled = prober.postJson(LOOKUP, pair);
    assertEquals(
        429,
        throttled.status(),
        "over the limit even a right guess tells nothing: " + throttled.body());
    assertTrue(throttled.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L) > 0);
    assertTrue(
        throttled.json().getString("message").contains("demasiados intentos"), throttled.body());

    assertEquals(
        200, owner.postJson(LOOKUP, pair).status(), "the owner's own connection is not affected");
  }

  @Test
  void hearingFormsAreLimitedPerClient() throws Exception {
    String hearing = "audiencia-rendicion-cuentas-2026";
    var visitor = new StaffClient(base, "10.67." + ThreadLocalRandom.current().nextInt(250) + ".3");
    for (int i = 0; i < 10; i++) {
      var done =
          HearingForms.register(
              visitor,
              hearing,
              "Persona " + i,
              "relleno" + i + "+" + UUID.randomUUID() + "@example.co",
              "ONLINE",
              true);
      assertTrue(done.body().contains("id=\"registration-done\""), done.body());
    }
    String eleventh = "relleno+" + UUID.randomUUID() + "@example.co";
    var refused = HearingForms.register(visitor, hearing, "Persona 11", eleventh, "ONLINE", true);
    assertTrue(refused.body().contains("demasiados formularios"), refused.body());
    assertEquals(
        0,
        TestDatabase.count("SELECT COUNT(*) FROM hearing_registration WHERE email = ?", eleventh));
  }

  @Test
  void errorsAreTheSitesOwnPagesAndNeverNameTheServer() throws Exception {
    var editor = StaffSteps.as(base, "editor@participa.test");
    var forbidden = editor.get("/admin/cuentas/");
    assertEquals(403, forbidden.status());
    assertTrue(
        forbidden.body().contains("lang=\"es-CO\"")
            && forbidden.body().contains("No tiene permiso"),
        forbidden.body());
    assertFalse(forbidden.body().contains("Payara"), forbidden.body());

    var moderatorOnly =
        StaffSteps.as(base, "respuestas@participa.test").get("/admin/observaciones/registrar");
    assertEquals(403, moderatorOnly.status(), "the page without its extension is guarded too");

    var api = fromSomewhere(base);
    var notFound = api.get("/api/v1/no-existe");
    assertEquals(404, notFound.status());
    assertTrue(notFound.body().startsWith("{"), notFound.body());
    for (var reply : new Api.Reply[] {notFound, api.get("/"), api.get("/consulta?c=" + OPEN)}) {
      assertTrue(
          reply.headers().firstValue("Server").isEmpty(),
          "Server: " + reply.headers().firstValue("Server"));
      assertTrue(reply.headers().firstValue("X-Powered-By").isEmpty());
    }
    String csp = api.get("/").headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self' 'nonce-"), csp);
  }
}
