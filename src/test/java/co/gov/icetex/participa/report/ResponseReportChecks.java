package co.gov.icetex.participa.report;

import static co.gov.icetex.participa.testing.ObservationJsonBuilder.anObservation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The response report on the real stack: observations sent through the API and answered through the
 * staff pages, the report published by the approver, then read as a page, PDF, CSV, XLSX and JSON.
 * The consultation is a fixture of its own (copied from the open demo one, then closed), so no
 * other test's observations are counted. It is prepared once, by whichever test runs first.
 */
public abstract class ResponseReportChecks {

  private static final String PASSWORD = StaffClient.DEMO_PASSWORD;
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String SLUG = "informe-it-" + RUN;
  private static final String PRIVATE_NAME = "Zoraida Quintero Vélez";
  private static final String PRIVATE_EMAIL = "zoraida.privada." + RUN + "@example.co";
  private static final String PHONE = "300 555 1234";
  private static final String CEDULA = "1.023.456.789";
  private static final String SPAM_TOKEN = "SEGUIDORES-BARATOS-" + RUN;
  private static final String PUBLIC_NAME = "Pedro Público Pérez";

  private static boolean prepared;
  private static String privateCode;
  private static String spamCode;
  private static String publicCode;
  private static String refusedCode;

  protected final URL base = Portal.url();

  // --- the fixture ------------------------------------------------------------------------------

  private synchronized void prepare() throws Exception {
    if (prepared) {
      return;
    }
    TestDatabase.update(
        "INSERT INTO consultation (slug, type, title, summary, year, office, opens_at, closes_at, published,"
            + " created_at, updated_at, version, content_version, published_at)"
            + " SELECT ?, 'PLAN_ACCION', ?, 'Consulta de prueba del informe', 2026, 'Oficina Asesora de Planeación',"
            + " opens_at, closes_at, TRUE, created_at, updated_at, 0, 1, published_at FROM consultation WHERE slug = 'paac-2020'",
        SLUG,
        "Plan de acción de prueba " + RUN);

    privateCode =
        submit(
            anObservation()
                .with("authorName", PRIVATE_NAME)
                .with("email", PRIVATE_EMAIL)
                .with("showName", false)
                .with("department", "05")
                .with("stakeholderGroup", "ESTUDIANTE")
                .with(
                    "text",
                    "Propongo metas trimestrales. Escríbame a "
                        + PRIVATE_EMAIL
                        + " o al "
                        + PHONE
                        + ", cédula "
                        + CEDULA
                        + "."));
    publicCode =
        submit(
            anObservation()
                .with("authorName", PUBLIC_NAME)
                .with("showName", true)
                .with("department", "11")
                .with("stakeholderGroup", "IES")
                .with("text", "Incluyan a las IES técnicas."));
    spamCode =
        submit(
            anObservation()
                .with("authorName", "Promociones")
                .with("department", "11")
                .with("stakeholderGroup", "OTRO")
                .with("text", "COMPRE " + SPAM_TOKEN + " ya mismo"));
    refusedCode =
        submit(
            anObservation()
                .with("department", "76")
                .with("stakeholderGroup", "EGRESADO")
                .with("text", "Eliminen la actividad 3."));

    var moderator = as("moderador@participa.test");
    postOnPage(
        moderator,
        review(spamCode),
        "triage",
        Map.of("decision", "SPAM", "reason", "Publicidad.", "save", "Guardar"),
        List.of());
    assertEquals("REJECTED", status(spamCode));
    long office =
        TestDatabase.count("SELECT id FROM office WHERE name = ?", "Oficina Asesora de Planeación");
    for (String code : List.of(privateCode, publicCode, refusedCode)) {
      postOnPage(
          moderator,
          review(code),
          "assign",
          Map.of("office", Long.toString(office), "save", "Asignar"),
          List.of());
      assertEquals("ASSIGNED", status(code));
    }

    var responder = as("respuestas@participa.test");
    draft(responder, privateCode, "ACCEPTED", "Gracias: incorporamos metas trimestrales.");
    draft(responder, publicCode, "ACCEPTED", "Las IES técnicas quedan incluidas.");
    draft(responder, refusedCode, "NOT_ACCEPTED", "La actividad 3 es obligatoria por ley.");

    var approver = as("aprobador@participa.test");
    for (String code : List.of(privateCode, publicCode, refusedCode)) {
      postOnPage(
          approver,
          review(code),
          "approval",
          Map.of("approve", "Aprobar", "comment", ""),
          List.of());
      assertEquals("APPROVED", status(code));
    }

    long id = consultationId();
    // Still open: the report must wait for the window to close.
    var early = approver.get("/admin/informes/?consulta=" + id);
    assertTrue(early.body().contains("La consulta todavía recibe observaciones"), early.body());

    TestDatabase.update(
        "UPDATE consultation SET opens_at = DATE_SUB(opens_at, INTERVAL 30 DAY),"
            + " closes_at = DATE_ADD(DATE_SUB(opens_at, INTERVAL 30 DAY), INTERVAL 25 DAY) WHERE slug = ?",
        SLUG);

    var missing = publish(approver, id, "");
    assertTrue(missing.body().contains("Indique dónde se divulgó"), missing.body());
    var published = publish(approver, id, "Sitio web del ICETEX y redes sociales.");
    assertTrue(published.body().contains("Se publicó la versión 1 del informe"), published.body());
    assertEquals(
        "PUBLISHED", status(privateCode), "the approved answers went public with the report");
    prepared = true;
  }

  private String submit(co.gov.icetex.participa.testing.ObservationJsonBuilder observation) {
    var api =
        new Api(
            base, "10.71." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250)));
    var reply = api.postJson("/api/v1/consultations/" + SLUG + "/observations", observation.json());
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getString("trackingCode");
  }

  private StaffClient as(String email) {
    var staff = new StaffClient(base);
    assertEquals(302, staff.signIn(email, PASSWORD).status(), "sign in as " + email);
    return staff;
  }

  private static String review(String code) {
    return "/admin/observaciones/ver.xhtml?codigo=" + code;
  }

  private static StaffClient.Page postOnPage(
      StaffClient staff,
      String page,
      String form,
      Map<String, String> fields,
      List<String[]> extra) {
    var shown = staff.get(page);
    assertEquals(200, shown.status(), page + ": " + shown.body());
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    pairs.add(Map.entry(form, form));
    fields.forEach((k, v) -> pairs.add(Map.entry(form + ":" + k, v)));
    for (String[] e : extra) {
      pairs.add(Map.entry(e[0], e[1]));
    }
    pairs.add(Map.entry("jakarta.faces.ViewState", StaffClient.viewState(shown.body())));
    return staff.postPairs(page, pairs);
  }

  private void draft(StaffClient responder, String code, String outcome, String text)
      throws Exception {
    postOnPage(
        responder,
        review(code),
        "draft",
        Map.of("outcome", outcome, "text", text, "save", "Guardar"),
        List.of());
    assertEquals("DRAFTED", status(code));
  }

  private StaffClient.Page publish(StaffClient approver, long consultation, String announced) {
    return postOnPage(
        approver,
        "/admin/informes/?consulta=" + consultation,
        "publish",
        Map.of("announced", announced, "submit", "Publicar informe"),
        List.of());
  }

  private static String status(String code) throws Exception {
    try (var c = TestDatabase.connect();
        var s = c.prepareStatement("SELECT status FROM observation WHERE tracking_code = ?")) {
      s.setString(1, code);
      try (var r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  private static long consultationId() throws Exception {
    return TestDatabase.count("SELECT id FROM consultation WHERE slug = ?", SLUG);
  }

  private byte[] download(String path, String accept) throws Exception {
    var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    var builder =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
            .timeout(Duration.ofSeconds(60));
    if (accept != null) {
      builder.header("Accept", accept);
    }
    HttpResponse<byte[]> r =
        http.send(builder.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode(), path + " " + new String(r.body(), StandardCharsets.UTF_8));
    return r.body();
  }

  private static void assertNoPersonalData(String where, String text) {
    for (String secret :
        List.of(
            PRIVATE_NAME,
            "Zoraida",
            PRIVATE_EMAIL,
            "zoraida.privada",
            PHONE,
            "555 1234",
            CEDULA,
            "456.789",
            SPAM_TOKEN)) {
      assertFalse(text.contains(secret), where + " shows \"" + secret + "\"");
    }
  }

  // --- tests -------------------------------------------------------------------------------------

  @Test
  void theTotalsEqualTheData() throws Exception {
    prepare();
    // Version 1, the fixture's: another check may have published a correction since.
    JsonObject report =
        new Api(base).get("/api/v1/consultations/" + SLUG + "/report?version=1").json();
    JsonObject totals = report.getJsonObject("totals");
    long inDatabase =
        TestDatabase.count(
            "SELECT COUNT(*) FROM observation o JOIN consultation c ON c.id = o.consultation_id WHERE c.slug = ?",
            SLUG);
    assertEquals(inDatabase, totals.getInt("observations"));
    assertEquals(4, totals.getInt("observations"));
    assertEquals(3, totals.getInt("answered"));
    assertEquals(1, totals.getInt("rejected"));
    assertEquals(2, totals.getJsonObject("byOutcome").getInt("ACCEPTED"));
    assertEquals(1, totals.getJsonObject("byOutcome").getInt("NOT_ACCEPTED"));
    assertEquals(1, totals.getJsonObject("rejectedByReason").getInt("SPAM"));
    assertEquals(1, totals.getJsonObject("byDepartment").getInt("05"));
    assertEquals(1, totals.getJsonObject("byStakeholderGroup").getInt("IES"));
    assertEquals(4, totals.getJsonObject("byChannel").getInt("API"));
    assertEquals(3, totals.getInt("answeredOnTime"), "answered the same day they arrived");
    assertEquals(4, report.getJsonArray("observations").size());
    assertEquals("Sitio web del ICETEX y redes sociales.", report.getString("announcedWhere"));
  }

  @Test
  void noFormatShowsThePrivateAuthorNorHerContactDataNorTheSpam() throws Exception {
    prepare();
    String page = new StaffClient(base).get("/informe?c=" + SLUG).body();
    assertTrue(page.contains(PUBLIC_NAME), "a name shown with consent");
    assertTrue(page.contains("Ciudadano/a"));
    assertTrue(page.contains("[correo oculto]") && page.contains("[número oculto]"), page);
    assertNoPersonalData("the page", page);

    String pdf;
    try (var doc =
        Loader.loadPDF(download("/api/v1/consultations/" + SLUG + "/report?format=pdf", null))) {
      pdf = new PDFTextStripper().getText(doc);
      assertEquals("es-CO", doc.getDocumentCatalog().getLanguage());
      assertTrue(doc.getDocumentInformation().getTitle().contains("Plan de acción de prueba"));
      assertTrue(
          doc.getDocumentCatalog().getDocumentOutline().children().iterator().hasNext(),
          "bookmarks");
    }
    assertTrue(
        pdf.contains("Observación") && pdf.contains("Página 1 de"),
        "Spanish text and page numbers: " + pdf);
    assertTrue(pdf.contains("Contenido") && pdf.contains(PUBLIC_NAME));
    assertNoPersonalData("the PDF", pdf);

    String csv =
        new String(
            download("/api/v1/consultations/" + SLUG + "/report?format=csv", null),
            StandardCharsets.UTF_8);
    assertTrue(csv.contains(privateCode) && csv.contains("Texto no publicado"), csv);
    assertNoPersonalData("the CSV", csv);

    var text = new StringBuilder();
    try (var workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                download("/api/v1/consultations/" + SLUG + "/report?format=xlsx", null)))) {
      var formatter = new DataFormatter();
      workbook.forEach(
          sheet ->
              sheet.forEach(
                  row ->
                      row.forEach(
                          cell -> text.append(formatter.formatCellValue(cell)).append('\n'))));
    }
    assertTrue(text.toString().contains(privateCode));
    assertNoPersonalData("the XLSX", text.toString());

    String json = new Api(base).get("/api/v1/consultations/" + SLUG + "/report").body();
    assertTrue(json.contains(privateCode));
    assertNoPersonalData("the JSON", json);
    assertFalse(json.contains("@example.co"), "no e-mail at all");
  }

  @Test
  void republishingKeepsVersionOneReadableWithItsDate() throws Exception {
    prepare();
    var approver = as("aprobador@participa.test");
    var again =
        publish(approver, consultationId(), "Sitio web, con la corrección de la tabla de totales.");
    assertTrue(again.body().contains("Se publicó la versión 2 del informe"), again.body());
    var api = new Api(base);
    JsonObject v1 = api.get("/api/v1/consultations/" + SLUG + "/report?version=1").json();
    JsonObject latest = api.get("/api/v1/consultations/" + SLUG + "/report").json();
    assertEquals(1, v1.getInt("version"));
    assertEquals("Sitio web del ICETEX y redes sociales.", v1.getString("announcedWhere"));
    assertTrue(latest.getInt("version") >= 2);
    assertTrue(v1.getString("publishedAt").compareTo(latest.getString("publishedAt")) < 0);
    String page = new StaffClient(base).get("/informe?c=" + SLUG + "&version=1").body();
    assertTrue(page.contains("Esta versión fue reemplazada"), page);
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM response_report r WHERE r.consultation_slug = ? AND r.version_number = 1",
            SLUG));
    // The database itself refuses to rewrite a published version.
    var refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.sql.SQLException.class,
            () ->
                TestDatabase.update(
                    "UPDATE response_report SET announced_where = 'x' WHERE consultation_slug = ?",
                    SLUG));
    assertTrue(refused.getMessage().contains("immutable"), refused.getMessage());
  }

  @Test
  void theApiNegotiatesTheFormat() throws Exception {
    prepare();
    String path = "/api/v1/consultations/" + SLUG + "/report";
    var http = HttpClient.newHttpClient();
    HttpResponse<byte[]> csv =
        http.send(
            HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Accept", "text/csv")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
    assertTrue(
        new String(download(path, "application/pdf"), StandardCharsets.ISO_8859_1)
            .startsWith("%PDF"));
    byte[] xlsx =
        download(path, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertEquals('P', xlsx[0]);
    assertEquals('K', xlsx[1]);
    assertTrue(
        new String(download(path + "?format=pdf", "application/json"), StandardCharsets.ISO_8859_1)
            .startsWith("%PDF"),
        "the format parameter wins over Accept");
    assertTrue(new String(download(path, "*/*"), StandardCharsets.UTF_8).startsWith("{"));
    var api = new Api(base);
    assertEquals(400, api.get(path + "?format=docx").status());
    assertEquals(404, api.get(path + "?version=99").status());
    assertEquals(404, api.get("/api/v1/consultations/no-existe/report").status());
    HttpResponse<String> refused =
        http.send(
            HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Accept", "image/png")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(406, refused.statusCode());
  }

  @Test
  void onlyApproversPublishReports() throws Exception {
    prepare();
    for (String email :
        List.of(
            "moderador@participa.test",
            "respuestas@participa.test",
            "editor@participa.test",
            "admin@participa.test")) {
      var staff = as(email);
      assertEquals(403, staff.get("/admin/informes/").status(), email);
      assertEquals(
          403,
          staff
              .postForm("/admin/informes/", Map.of("publish", "publish", "publish:submit", "x"))
              .status(),
          email);
    }
    assertEquals(200, as("aprobador@participa.test").get("/admin/informes/").status());
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'REPORT_PUBLISHED' AND actor = 'aprobador@participa.test' AND after_state LIKE ?",
            "%consultation=" + SLUG + "; version=1;%"));
  }

  @Test
  void theConsultationPageLinksToItsReportAndTheDemoHasOne() throws Exception {
    prepare();
    String page = new StaffClient(base).get("/consulta?c=" + SLUG).body();
    assertTrue(page.contains("/informe?c=" + SLUG), page);
    var demo = new Api(base).get("/api/v1/consultations/informe-rendicion-cuentas-2026/report");
    assertEquals(200, demo.status(), demo.body());
    assertTrue(demo.json().getJsonObject("totals").getInt("answered") > 20);
    assertTrue(
        demo.json().getJsonObject("totals").getJsonObject("rejectedByReason").getInt("SPAM") >= 1);
  }

  // --- finding one's way in the report page (branch reporteditor)
  // ---------------------------------

  private String reportPage(String query) {
    var reply = new StaffClient(base).get("/informe?c=" + SLUG + "&version=1" + query);
    assertEquals(200, reply.status(), reply.body());
    return reply.body();
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** The tracking codes of the observations the page lists, in order. */
  private static List<String> listedCodes(String page) {
    var codes = new ArrayList<String>();
    var m =
        java.util.regex.Pattern.compile("<li class=\"report-entry\" id=\"([A-Z0-9-]+)\"")
            .matcher(page);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  @Test
  void aCitizenFindsTheirObservationByItsCodeOrIsToldItIsNotThere() throws Exception {
    prepare();
    String page = reportPage("&codigo=" + publicCode.toLowerCase() + "%20");
    assertEquals(List.of(publicCode), listedCodes(page), "only the observation with that code");
    assertTrue(page.contains("La observación " + publicCode + " está en este informe"), page);
    assertTrue(page.contains("Incluyan a las IES técnicas."));
    assertTrue(
        page.indexOf("id=\"buscar-codigo\"") < page.indexOf("id=\"code-result\""),
        "the form comes first, the answer right under it");

    String unknown = reportPage("&codigo=OBS-1999-999999");
    assertTrue(listedCodes(unknown).isEmpty(), unknown);
    assertTrue(
        unknown.contains("No encontramos el código «OBS-1999-999999» en esta versión del informe"),
        unknown);
    assertNoPersonalData("a code search", unknown);

    String hostile = reportPage("&codigo=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assertFalse(hostile.contains("<script>alert(1)"), "the code is shown escaped");
    assertTrue(hostile.contains("&lt;script&gt;alert(1)"), hostile);
  }

  @Test
  void theObservationsAreFilteredByPartResultAndGroup() throws Exception {
    prepare();
    assertEquals(List.of(refusedCode), listedCodes(reportPage("&resultado=NOT_ACCEPTED")));
    assertEquals(List.of(spamCode), listedCodes(reportPage("&resultado=REJECTED")));
    assertEquals(List.of(publicCode), listedCodes(reportPage("&grupo=IES")));
    assertEquals(
        List.of(privateCode, publicCode).stream().sorted().toList(),
        listedCodes(reportPage("&resultado=ACCEPTED&grupo=")).stream().sorted().toList(),
        "an empty filter is no filter");
    assertEquals(4, listedCodes(reportPage("&parte=-")).size(), "all on the whole document");
    String none =
        reportPage(
            "&parte=" + java.net.URLEncoder.encode("Parte que no existe", StandardCharsets.UTF_8));
    assertTrue(listedCodes(none).isEmpty());
    assertTrue(none.contains("Ninguna observación cumple los filtros elegidos."), none);
    assertEquals(
        4, listedCodes(reportPage("&resultado=NO_EXISTE")).size(), "an unknown value is no filter");

    // The demo report has parts: each part filter lists only observations on that part.
    String demo = new StaffClient(base).get("/informe?c=informe-rendicion-cuentas-2026").body();
    var option =
        java.util.regex.Pattern.compile("<option value=\"([^\"-][^\"]*)\">([^<]+)</option>")
            .matcher(demo.substring(demo.indexOf("id=\"parte\"")));
    assertTrue(option.find(), "the part filter lists the parts");
    String label = unescape(option.group(1));
    String filtered =
        new StaffClient(base)
            .get(
                "/informe?c=informe-rendicion-cuentas-2026&parte="
                    + java.net.URLEncoder.encode(label, StandardCharsets.UTF_8))
            .body();
    var titles =
        java.util.regex.Pattern.compile("<h3 class=\"report-entry__title\">([^<]+)</h3>")
            .matcher(filtered);
    int n = 0;
    while (titles.find()) {
      n++;
      assertTrue(unescape(titles.group(1)).endsWith(" · " + label), titles.group(1));
    }
    assertTrue(n > 0, "observations on " + label);
  }

  @Test
  void theFiguresAreFoldedAfterTheFindFormAndTheFilters() throws Exception {
    prepare();
    String page = reportPage("");
    int find = page.indexOf("id=\"buscar-codigo\"");
    int filters = page.indexOf("id=\"filtros\"");
    int figures = page.indexOf("<details class=\"report-figures\" id=\"report-figures\">");
    int tables = page.indexOf("id=\"totales-");
    int folded = page.indexOf("</details>", figures);
    int entries = page.indexOf("id=\"observaciones\"");
    assertTrue(
        find > 0 && find < filters && filters < figures && figures < entries,
        "find, filters, folded figures, then the observations");
    assertTrue(figures < tables && tables < folded, "every table is inside the folded figures");
    assertTrue(page.contains("<summary>Ver el resumen en cifras ("), page);
  }

  @Test
  void theDownloadsSayTheirSizeAndItIsTheSizeOfTheFile() throws Exception {
    prepare();
    String page = reportPage("");
    for (String format : List.of("pdf", "csv", "xlsx", "json")) {
      var link =
          java.util.regex.Pattern.compile(
                  "<a id=\"download-"
                      + format
                      + "\" href=\"([^\"]+)\">[^<]*\\("
                      + format.toUpperCase()
                      + ", ([0-9.]+(?:,[0-9])?) (B|KB|MB)[,)]")
              .matcher(page);
      assertTrue(link.find(), format + " with its size: " + page);
      double number = Double.parseDouble(link.group(2).replace(".", "").replace(',', '.'));
      double shown =
          number
              * switch (link.group(3)) {
                case "KB" -> 1024;
                case "MB" -> 1024 * 1024;
                default -> 1;
              };
      String href = link.group(1).replace("&amp;", "&");
      byte[] file = download(href.substring(href.indexOf("/api/")), null);
      assertEquals(
          file.length,
          shown,
          Math.max(0.06 * 1024, file.length * 0.02),
          format
              + " is "
              + file.length
              + " bytes; the page says "
              + link.group(2)
              + " "
              + link.group(3));
    }
  }
}
