package co.gov.icetex.participa.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Eventually;
import co.gov.icetex.participa.testing.HearingForms;
import co.gov.icetex.participa.testing.Mailbox;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.StaffSteps;
import co.gov.icetex.participa.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Alerts on the real stack: subscribing through the form (double opt-in, the same answer for a
 * known address), the alert when a consultation opens and when a report is published, each with the
 * RFC 8058 headers, the one-click unsubscribe posted as a mail provider does (no form token, no
 * session, no browser headers), the management page, the personal-data tools, and the Atom feeds.
 */
public abstract class AlertChecks {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String DEMO_SUBSCRIBER = "ciudadana.avisos@participa.test";
  private static final Pattern UNSUBSCRIBE =
      Pattern.compile("^<(https?://[^>]+/avisos/baja\\?s=([0-9]+\\.[A-Za-z0-9_-]+))>$");
  private static final Mailbox MAILBOX = new Mailbox();

  protected final URL base = Portal.url();
  private final List<String> inserted = new ArrayList<>();

  @BeforeAll
  static void startMail() {
    MAILBOX.start();
  }

  @AfterAll
  static void stopMail() {
    MAILBOX.stop();
  }

  /** Posts the subscription form of /avisos (or /avisos?c=SLUG) as a browser would. */
  private StaffClient.Page subscribe(String consultation, String email, String type) {
    var visitor = new StaffClient(base);
    var page = visitor.get("/avisos" + (consultation == null ? "" : "?c=" + consultation));
    assertEquals(200, page.status(), page.body());
    Map<String, String> f = new LinkedHashMap<>();
    f.put("alert", "alert");
    f.put("c", consultation == null ? "" : consultation);
    f.put("alert:token", HearingForms.token(page.body(), "alert"));
    f.put("alert:email", email);
    if (consultation == null) {
      f.put("alert:newConsultations", "true");
      f.put("alert:closingReminders", "true");
      f.put("alert:type", type);
    }
    f.put("alert:consent", "true");
    f.put("alert:submit", "Suscribirme");
    f.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    return visitor.postForm("/avisos" + (consultation == null ? "" : "?c=" + consultation), f);
  }

  private void subscribeAndConfirm(String consultation, String email, String type)
      throws Exception {
    var sent = subscribe(consultation, email, type);
    assertTrue(sent.body().contains("id=\"subscribe-done\""), sent.body());
    var link = MAILBOX.mailsTo(email, Duration.ofSeconds(20)).get(0);
    assertNull(link.header("List-Unsubscribe"), "a confirmation link is no list mail");
    var confirmed =
        HearingForms.confirm(
            new StaffClient(base),
            "confirmar-aviso",
            HearingForms.secretIn(link, "confirmar-aviso"));
    assertTrue(confirmed.body().contains("id=\"confirmation-done\""), confirmed.body());
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM alert_subscription WHERE email = ? AND confirmed_at IS NOT NULL"
                + " AND consent_policy <> '' AND consented_at IS NOT NULL",
            email));
  }

  /** A published consultation whose window opened a moment ago (or closed, when {@code closed}). */
  private long insertConsultation(String slug, String type, boolean closed) throws Exception {
    String window =
        closed
            ? "DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 20 DAY), DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 1 DAY)"
            : "UTC_TIMESTAMP(6), DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 20 DAY)";
    TestDatabase.update(
        "INSERT INTO consultation (slug, type, title, summary, year, office, opens_at, closes_at, published,"
            + " created_at, updated_at, version, content_version, published_at) VALUES (?, ?, ?, 'Consulta de prueba de los avisos.',"
            + " 2026, 'Oficina Asesora de Planeación', "
            + window
            + ", TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0, 1, UTC_TIMESTAMP(6))",
        slug,
        type,
        "Consulta de avisos " + slug);
    if (!closed) {
      inserted.add(slug);
    }
    return TestDatabase.count("SELECT id FROM consultation WHERE slug = ?", slug);
  }

  /** Takes the opened test consultations out again, so that no other check sees them. */
  private void removeInserted() throws Exception {
    for (String slug : inserted) {
      TestDatabase.update("DELETE FROM consultation WHERE slug = ?", slug);
    }
    inserted.clear();
  }

  /**
   * Waits up to 30 seconds for a mail to {@code address} whose subject contains {@code
   * subjectPart}.
   */
  private static boolean awaitMail(String address, String subjectPart) throws Exception {
    // Only what arrived, not a drained outbox: the demo subscriber hears of every consultation the
    // other checks open, and those queued while a check had the mail server down are backing off.
    try {
      Eventually.until(
          () -> MAILBOX.arrived(address).stream().anyMatch(m -> m.subject().contains(subjectPart)),
          Duration.ofSeconds(30),
          "a mail to " + address + " about " + subjectPart);
      return true;
    } catch (AssertionError notYet) {
      return false;
    }
  }

  private static Matcher unsubscribeHeader(Mailbox.Mail mail) {
    assertEquals(
        "List-Unsubscribe=One-Click",
        mail.header("List-Unsubscribe-Post"),
        mail.headers().toString());
    Matcher m = UNSUBSCRIBE.matcher(String.valueOf(mail.header("List-Unsubscribe")));
    assertTrue(m.matches(), mail.header("List-Unsubscribe"));
    return m;
  }

  /**
   * What a mail provider sends for a one-click unsubscribe: a bare POST, no cookies, no browser
   * headers.
   */
  private HttpResponse<String> oneClick(String token) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base + "avisos/baja?s=" + token))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aConfirmedSubscriberHearsOfAnOpeningOfItsTypeAndLeavesInOneClick() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String email = "avisos+" + run + "@example.co";
    try {
      var unconfirmed = subscribe(null, email, "OTRO");
      assertTrue(unconfirmed.body().contains("id=\"subscribe-done\""), unconfirmed.body());
      var link = MAILBOX.mailsTo(email, Duration.ofSeconds(20)).get(0);
      assertTrue(link.body().contains("consultas nuevas de tipo"), link.body());
      var opened =
          new StaffClient(base)
              .get("/confirmar-aviso?t=" + HearingForms.secretIn(link, "confirmar-aviso"));
      assertEquals(
          0,
          TestDatabase.count(
              "SELECT COUNT(*) FROM alert_subscription WHERE email = ? AND confirmed_at IS NOT NULL",
              email),
          "opening the link (as a mail scanner does) confirms nothing: " + opened.status());
      var confirmed =
          HearingForms.confirm(
              new StaffClient(base),
              "confirmar-aviso",
              HearingForms.secretIn(link, "confirmar-aviso"));
      assertTrue(confirmed.body().contains("id=\"confirmation-done\""), confirmed.body());

      insertConsultation("avisos-otro-" + run, "OTRO", false);
      insertConsultation("avisos-paac-" + run, "PAAC", false);
      var mails = MAILBOX.mailsTo(email, Duration.ofSeconds(30), 2);
      assertEquals(2, mails.size(), "one alert: the PAAC is not of the chosen type");
      var alert = mails.get(1);
      assertTrue(
          alert.subject().contains("Nueva consulta abierta: Consulta de avisos avisos-otro-" + run),
          alert.subject());
      assertTrue(alert.body().contains("/consulta?c=avisos-otro-" + run), alert.body());
      assertTrue(
          alert.body().contains("/gestionar-avisos?s="), "a link to manage the subscription");
      Matcher header = unsubscribeHeader(alert);
      assertTrue(alert.body().contains(header.group(1)), "the unsubscribe link is in the text too");
      assertEquals(
          1,
          TestDatabase.count(
              "SELECT COUNT(*) FROM alert_sent s JOIN alert_subscription a ON a.id = s.subscription_id"
                  + " WHERE a.email = ?",
              email),
          "sent once, recorded once");

      var left = oneClick(header.group(2));
      assertEquals(200, left.statusCode(), left.body());
      assertEquals(
          0,
          TestDatabase.count("SELECT COUNT(*) FROM alert_subscription WHERE email = ?", email),
          "the address is gone");
      assertEquals(
          200, oneClick(header.group(2)).statusCode(), "the same answer when already gone");
      long demoSubscriptions =
          TestDatabase.count(
              "SELECT COUNT(*) FROM alert_subscription WHERE email = ?", DEMO_SUBSCRIBER);
      assertEquals(200, oneClick("1.forgedsignature").statusCode());
      assertEquals(
          demoSubscriptions,
          TestDatabase.count(
              "SELECT COUNT(*) FROM alert_subscription WHERE email = ?", DEMO_SUBSCRIBER),
          "a forged token ends nothing");

      // The demo subscriber (every type) hears of the next opening: once it has, this address would
      // have too.
      insertConsultation("avisos-despues-" + run, "OTRO", false);
      assertTrue(awaitMail(DEMO_SUBSCRIBER, "avisos-despues-" + run), "the look for openings ran");
      assertEquals(
          2, MAILBOX.mailsTo(email, Duration.ofSeconds(5)).size(), "no alert after unsubscribing");
    } finally {
      removeInserted();
    }
  }

  @Test
  void aFollowerHearsOfAPublishedReportAndManagesTheSubscription() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String slug = "avisos-informe-" + run;
    String email = "seguidor+" + run + "@example.co";
    long id = insertConsultation(slug, "PLAN_ACCION", true);
    var consultationPage = new StaffClient(base).get("/consulta?c=" + slug);
    assertTrue(
        consultationPage.body().contains("/avisos?c=" + slug),
        "the consultation page offers the subscription");
    assertTrue(consultationPage.body().contains("type=\"application/atom+xml\""), "and its feed");
    subscribeAndConfirm(slug, email, null);

    var again = subscribe(slug, email.toUpperCase(), null);
    assertTrue(
        again.body().contains("id=\"subscribe-done\""), "the same answer for a subscribed address");
    var already = MAILBOX.mailsTo(email, Duration.ofSeconds(20), 2).get(1);
    assertTrue(already.body().contains("ya recibe estos avisos"), already.body());
    assertEquals(
        1, TestDatabase.count("SELECT COUNT(*) FROM alert_subscription WHERE email = ?", email));

    var approver = StaffSteps.as(base, "aprobador@participa.test");
    var published =
        StaffSteps.postOnPage(
            approver,
            "/admin/informes/?consulta=" + id,
            "publish",
            Map.of("announced", "Sitio web del ICETEX.", "submit", "Publicar informe"),
            List.of());
    assertTrue(published.body().contains("Se publicó la versión 1 del informe"), published.body());
    var mails = MAILBOX.mailsTo(email, Duration.ofSeconds(30), 3);
    assertEquals(3, mails.size(), "the report alert comes once");
    var alert = mails.get(2);
    assertTrue(
        alert.subject().startsWith("Informe de respuestas publicado (versión 1)"), alert.subject());
    assertTrue(alert.body().contains("/informe?c=" + slug + "&version=1"), alert.body());
    unsubscribeHeader(alert);

    Matcher manage =
        Pattern.compile("/gestionar-avisos\\?s=([0-9]+\\.[A-Za-z0-9_-]+)").matcher(alert.body());
    assertTrue(manage.find(), alert.body());
    var visitor = new StaffClient(base);
    var page = visitor.get("/gestionar-avisos?s=" + manage.group(1));
    assertTrue(page.body().contains("Consulta de avisos " + slug), page.body());
    assertFalse(page.body().contains(email), "the page never shows the address");
    Map<String, String> f = new LinkedHashMap<>();
    f.put("unsubscribe", "unsubscribe");
    f.put("s", manage.group(1));
    f.put("unsubscribe:submit", "Cancelar la suscripción");
    f.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    var done = visitor.postForm("/gestionar-avisos", f);
    assertTrue(done.body().contains("id=\"unsubscribed\""), done.body());
    assertEquals(
        0, TestDatabase.count("SELECT COUNT(*) FROM alert_subscription WHERE email = ?", email));
  }

  @Test
  void thePersonalDataToolsFindAndSuppressSubscriptions() throws Exception {
    String email = "titular.avisos+" + UUID.randomUUID().toString().substring(0, 8) + "@example.co";
    assertTrue(subscribe(null, email, "").body().contains("id=\"subscribe-done\""));
    MAILBOX.mailsTo(email, Duration.ofSeconds(20), 1);
    var admin = StaffSteps.as(base, "admin@participa.test");
    String pageUrl = "/admin/datos-personales/";
    var found = admin.submit(pageUrl, admin.get(pageUrl), "find", "search", Map.of("email", email));
    assertTrue(found.body().contains("id=\"held-alerts\""), found.body());
    var done =
        admin.submit(
            pageUrl,
            found,
            "suppress",
            "go",
            Map.of("email", email, "reference", "RAD-AVISOS-1", "confirm", "true"));
    assertEquals(302, done.status(), done.body());
    assertEquals(
        0, TestDatabase.count("SELECT COUNT(*) FROM alert_subscription WHERE email = ?", email));
  }

  private static Document atom(HttpResponse<byte[]> response) throws Exception {
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"),
        response.headers().toString());
    assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "a feed starts no session");
    assertTrue(
        response.headers().firstValue("Cache-Control").orElse("").contains("public"),
        response.headers().toString());
    assertTrue(response.headers().firstValue("ETag").isPresent());
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
    assertEquals(ATOM, doc.getDocumentElement().getNamespaceURI());
    assertEquals("feed", doc.getDocumentElement().getLocalName());
    return doc;
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theFeedsListTheOpenConsultationsAndAConsultationsDocuments() throws Exception {
    Document open = atom(get("feeds/consultas.atom"));
    var entries = open.getElementsByTagNameNS(ATOM, "entry");
    long openNow =
        TestDatabase.count(
            "SELECT COUNT(*) FROM consultation WHERE published = TRUE"
                + " AND opens_at <= UTC_TIMESTAMP(6) AND closes_at > UTC_TIMESTAMP(6)");
    assertEquals(openNow, entries.getLength());
    boolean paac = false;
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      assertEquals(1, e.getElementsByTagNameNS(ATOM, "updated").getLength());
      paac |=
          e.getElementsByTagNameNS(ATOM, "id")
              .item(0)
              .getTextContent()
              .endsWith("/consulta?c=paac-2020");
    }
    assertTrue(paac, "the open PAAC is listed");

    Document documents = atom(get("feeds/consulta.atom?c=informe-rendicion-cuentas-2026"));
    var documentEntries = documents.getElementsByTagNameNS(ATOM, "entry");
    boolean report = false;
    for (int i = 0; i < documentEntries.getLength(); i++) {
      Element e = (Element) documentEntries.item(i);
      report |=
          e.getElementsByTagNameNS(ATOM, "title")
                  .item(0)
                  .getTextContent()
                  .startsWith("Informe de respuestas, versión 1")
              && ((Element) e.getElementsByTagNameNS(ATOM, "link").item(0))
                  .getAttribute("href")
                  .endsWith("/informe?c=informe-rendicion-cuentas-2026&version=1");
    }
    assertTrue(report, "the demo report is in its consultation's feed");
    assertEquals(404, get("feeds/consulta.atom?c=no-existe").statusCode());

    String home = new StaffClient(base).get("/").body();
    assertTrue(
        home.contains("<link rel=\"alternate\" type=\"application/atom+xml\""),
        "the home page announces the feed");
    assertTrue(home.contains("href=\"/participa/feeds/consultas.atom\""), "and links to it");
  }
}
