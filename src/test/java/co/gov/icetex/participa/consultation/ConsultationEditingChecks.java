package co.gov.icetex.participa.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Editors create, import, publish, extend, close and correct consultations through the real pages
 * (Faces forms posted as a browser would), and the public page and API show the result. Each test
 * creates its own consultation.
 */
public abstract class ConsultationEditingChecks {

  private static final String EDITOR = "editor@participa.test";
  private static final String OFFICE = "Oficina Asesora de Planeación";
  private static final String PAGE = "/admin/consultas/editar.xhtml";
  private static final Pattern NEW_ID = Pattern.compile("editar\\.xhtml\\?id=(\\d+)");
  private static final Pattern SLUG = Pattern.compile("consulta\\?c=([a-z0-9-]+)");

  protected final URL base = Portal.url();

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("America/Bogota"));
  }

  /** The draft being worked on: its editor session, id and (once known) slug. */
  private record Draft(StaffClient client, long id) {
    String slug() {
      Matcher m = SLUG.matcher(client.get(PAGE + "?id=" + id).body());
      assertTrue(m.find(), "the editor links the public page once published");
      return m.group(1);
    }
  }

  private StaffClient signedInEditor() {
    var client = new StaffClient(base);
    assertEquals(302, client.signIn(EDITOR, StaffClient.DEMO_PASSWORD).status());
    return client;
  }

  private Draft createDraft(String title) {
    var client = signedInEditor();
    var page = client.get(PAGE);
    assertEquals(200, page.status(), page.body());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("details", "details");
    form.put("details:type", "ANTEPROYECTO_PRESUPUESTO");
    form.put("details:title", title);
    form.put("details:summary", "Propuesta de gastos para comentar rubro por rubro.");
    form.put("details:year", "2027");
    form.put("details:office", OFFICE);
    form.put("details:save", "Crear borrador");
    form.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    var created = client.postForm(PAGE, form);
    assertEquals(302, created.status(), created.body());
    Matcher m = NEW_ID.matcher(created.location());
    assertTrue(m.find(), created.location());
    return new Draft(client, Long.parseLong(m.group(1)));
  }

  static byte[] budgetXlsx() throws IOException {
    return xlsx(
        new String[][] {
          {"Rubro", "Concepto", "Valor (COP)"},
          {"A-01", "Gastos de personal", "$ 98.450.000.000"},
          {"A-02", "Adquisición de bienes y servicios", "$ 142.300.000.000"},
          {"C-01", "Otorgamiento de créditos educativos", "$ 3.412.000.000.000"}
        });
  }

  static byte[] xlsx(String[][] rows) throws IOException {
    try (var wb = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("Gastos");
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private StaffClient.Page importBudget(Draft d) throws IOException {
    var page = d.client().get(PAGE + "?id=" + d.id());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("import", "import");
    form.put("import:rowKind", "BUDGET_LINE");
    form.put("import:titleColumn", "Concepto");
    form.put("import:importParent", "");
    form.put("import:run", "Importar");
    form.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    return d.client()
        .postMultipart(
            PAGE + "?id=" + d.id(), form, "import:importFile", "presupuesto.xlsx", budgetXlsx());
  }

  private StaffClient.Page post(Draft d, String formId, String button, Map<String, String> fields) {
    return post(d, PAGE + "?id=" + d.id(), formId, button, fields);
  }

  private StaffClient.Page post(
      Draft d, String path, String formId, String button, Map<String, String> fields) {
    var page = d.client().get(path);
    assertEquals(200, page.status(), page.body());
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    fields.forEach((k, v) -> form.put(formId + ":" + k, v));
    form.put(formId + ":" + button, button);
    form.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    return d.client().postForm(path, form);
  }

  private StaffClient.Page publish(
      Draft d, LocalDate opens, LocalDate closes, String justification) {
    return post(
        d,
        "publish",
        "publish",
        Map.of(
            "opensOn",
            opens.toString(),
            "closesOn",
            closes.toString(),
            "justification",
            justification));
  }

  private Draft publishedBudget(String title) throws IOException {
    Draft d = createDraft(title);
    assertTrue(importBudget(d).body().contains("Se importaron 3 partes"));
    var published = publish(d, today(), today().plusDays(14), "");
    assertTrue(
        published.body().contains("La consulta quedó publicada con su plazo."), published.body());
    return d;
  }

  /** The address a redirect leads to, from the site root and without its fragment. */
  private static String landing(StaffClient.Page redirect) {
    String location = redirect.location();
    String path = location.substring(location.indexOf("/admin/"));
    return path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
  }

  private JsonObject api(String slug) {
    var reply = new Api(base).get("/api/v1/consultations/" + slug);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  /**
   * The public page as an anonymous visitor sees it now (a fresh address past the 10 s page
   * micro-cache).
   */
  private String publicPage(String slug) {
    var reply = new Api(base).get("/consulta?c=" + slug + "&v=" + System.nanoTime());
    assertEquals(200, reply.status());
    return reply.body();
  }

  private static long audited(String action, long id) throws Exception {
    return TestDatabase.count(
        "SELECT COUNT(*) FROM audit_event WHERE action = ? AND target_type = 'Consultation' "
            + "AND target_id = ? AND actor = ?",
        action,
        Long.toString(id),
        EDITOR);
  }

  @Test
  void anEditorCreatesADraftImportsBudgetLinesAndPublishesIt() throws Exception {
    Draft d = createDraft("Anteproyecto de presupuesto de prueba");
    var list = d.client().get("/admin/consultas/");
    assertEquals(200, list.status());
    assertTrue(
        list.body().contains("Anteproyecto de presupuesto de prueba")
            && list.body().contains("Borrador"));
    assertEquals(
        0,
        TestDatabase.count("SELECT COUNT(*) FROM consultation WHERE id = ? AND published", d.id()));

    var imported = importBudget(d);
    assertTrue(
        imported.body().contains("Se importaron 3 partes de presupuesto.xlsx."), imported.body());
    assertTrue(imported.body().contains("Otorgamiento de créditos educativos"));

    var published = publish(d, today(), today().plusDays(14), "");
    assertTrue(
        published.body().contains("La consulta quedó publicada con su plazo."), published.body());
    String slug = d.slug();

    JsonObject json = api(slug);
    assertEquals("OPEN", json.getString("state"));
    assertEquals(1, json.getInt("version"));
    var parts = json.getJsonArray("parts");
    assertEquals(3, parts.size());
    var first = parts.getJsonObject(0);
    assertEquals("BUDGET_LINE", first.getString("kind"));
    assertEquals("Gastos de personal", first.getString("title"));
    assertEquals(
        "$ 98.450.000.000", first.getJsonArray("fields").getJsonObject(2).getString("value"));

    String page = publicPage(slug);
    assertTrue(page.contains("Adquisición de bienes y servicios"));
    assertTrue(page.contains("Versión 1"));

    for (String action :
        new String[] {
          "CONSULTATION_CREATED", "CONSULTATION_PARTS_IMPORTED", "CONSULTATION_PUBLISHED"
        }) {
      assertEquals(1, audited(action, d.id()), action);
    }
  }

  @Test
  void aShortWindowIsRefusedWithoutAJustificationAndPublishedWithOne() throws Exception {
    Draft d = createDraft("Consulta con plazo corto");
    importBudget(d);

    var refused = publish(d, today(), today().plusDays(4), "");
    assertEquals(200, refused.status());
    assertTrue(
        refused
            .body()
            .contains("El plazo es menor a 15 días: escriba la justificación que verá el público."),
        refused.body());
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM consultation WHERE id = ? AND (published OR opens_at IS NOT NULL)",
            d.id()),
        "nothing saved");
    assertEquals(0, audited("CONSULTATION_PUBLISHED", d.id()));

    String reason = "La Junta Directiva sesiona antes de 15 días y debe conocer las observaciones.";
    var published = publish(d, today(), today().plusDays(4), reason);
    assertTrue(
        published.body().contains("La consulta quedó publicada con su plazo."), published.body());
    String slug = d.slug();
    assertEquals(reason, api(slug).getString("shortWindowReason"));
    assertTrue(publicPage(slug).contains(reason), "the public sees the justification");
  }

  @Test
  void theWindowIsExtendedAndClosedEarlyWithPublicNotices() throws Exception {
    Draft d = publishedBudget("Consulta ampliada y cerrada");
    String slug = d.slug();
    Instant closes = Instant.parse(api(slug).getString("closesAt"));

    var earlier =
        post(
            d,
            "extend",
            "extend",
            Map.of("extendTo", today().plusDays(10).toString(), "extendNotice", "Más tiempo"));
    assertTrue(
        earlier
            .body()
            .contains("La nueva fecha de cierre debe ser posterior a la fecha de cierre actual."));
    var noNotice =
        post(
            d,
            "extend",
            "extend",
            Map.of("extendTo", today().plusDays(30).toString(), "extendNotice", ""));
    assertTrue(noNotice.body().contains("Escriba el aviso que verá el público"));

    String extension = "Se amplía el plazo a solicitud de las instituciones de educación superior.";
    var extended =
        post(
            d,
            "extend",
            "extend",
            Map.of("extendTo", today().plusDays(30).toString(), "extendNotice", extension));
    assertTrue(
        extended.body().contains("El plazo se amplió y el aviso quedó publicado."),
        extended.body());
    JsonObject json = api(slug);
    assertTrue(Instant.parse(json.getString("closesAt")).isAfter(closes));
    assertEquals("EXTENDED", json.getJsonArray("notices").getJsonObject(0).getString("kind"));
    assertTrue(publicPage(slug).contains(extension));

    String closing = "Se cierra la consulta porque el Ministerio adelantó la fecha de radicación.";
    var closed = post(d, "close", "close", Map.of("closeNotice", closing));
    assertTrue(
        closed.body().contains("La consulta se cerró y el aviso quedó publicado."), closed.body());
    json = api(slug);
    assertEquals("CLOSED", json.getString("state"));
    assertEquals(2, json.getJsonArray("notices").size());
    String page = publicPage(slug);
    assertTrue(page.contains(closing) && page.contains("Cierre anticipado"));

    assertEquals(1, audited("CONSULTATION_EXTENDED", d.id()));
    assertEquals(1, audited("CONSULTATION_CLOSED_EARLY", d.id()));
  }

  @Test
  void aCorrectionCreatesVersionTwoWithItsPublicNote() throws Exception {
    Draft d = publishedBudget("Consulta corregida");
    String slug = d.slug();
    long partId = api(slug).getJsonArray("parts").getJsonObject(0).getJsonNumber("id").longValue();
    String partPage = PAGE + "?id=" + d.id() + "&parte=" + partId;

    var withoutNote =
        post(
            d,
            partPage,
            "part",
            "save",
            Map.of(
                "partTitle",
                "Gastos de personal",
                "cells:2:cell",
                "$ 89.450.000.000",
                "partNote",
                ""));
    assertTrue(
        withoutNote.body().contains("Escriba la nota de cambio que verá el público"),
        withoutNote.body());
    assertEquals(1, api(slug).getInt("version"));

    String note = "Se corrige un error de digitación en el valor de gastos de personal.";
    var corrected =
        post(
            d,
            partPage,
            "part",
            "save",
            Map.of(
                "partTitle",
                "Gastos de personal",
                "cells:2:cell",
                "$ 89.450.000.000",
                "partNote",
                note));
    assertEquals(302, corrected.status(), corrected.body());
    assertTrue(
        corrected.location().endsWith("#part-" + partId),
        "back at the part's row, not at the top: " + corrected.location());
    String landed = d.client().get(landing(corrected)).body();
    assertTrue(landed.contains("La corrección quedó publicada como una nueva versión."), landed);

    JsonObject json = api(slug);
    assertEquals(2, json.getInt("version"));
    var part = json.getJsonArray("parts").getJsonObject(0);
    assertEquals(
        partId,
        part.getJsonNumber("id").longValue(),
        "corrected in place: observations stay attached");
    assertEquals(
        "$ 89.450.000.000", part.getJsonArray("fields").getJsonObject(2).getString("value"));
    var revision = json.getJsonArray("revisions").getJsonObject(0);
    assertEquals(note, revision.getString("note"));
    assertEquals(
        "$ 98.450.000.000", revision.getJsonArray("changes").getJsonObject(0).getString("before"));

    String page = publicPage(slug);
    assertTrue(
        page.contains("Versión 2") && page.contains(note),
        "the public sees the version and its note");
    assertTrue(page.contains("$ 98.450.000.000"), "and the text before the correction");
    assertEquals(1, audited("CONSULTATION_CORRECTED", d.id()));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM consultation_revision WHERE consultation_id = ? AND version_number = 2",
            d.id()));
  }

  @Test
  void aModeratorCannotOpenOrPostTheEditorsPages() throws Exception {
    Draft d = createDraft("Borrador que un moderador no puede tocar");
    var editorPage = d.client().get(PAGE + "?id=" + d.id());

    var moderator = new StaffClient(base);
    assertEquals(
        302, moderator.signIn("moderador@participa.test", StaffClient.DEMO_PASSWORD).status());
    assertEquals(403, moderator.get("/admin/consultas/").status());
    assertEquals(403, moderator.get(PAGE + "?id=" + d.id()).status());
    var post =
        moderator.postForm(
            PAGE + "?id=" + d.id(),
            Map.of(
                "publish",
                "publish",
                "publish:opensOn",
                today().toString(),
                "publish:closesOn",
                today().plusDays(20).toString(),
                "publish:publish",
                "publish",
                "jakarta.faces.ViewState",
                StaffClient.viewState(editorPage.body())));
    assertEquals(403, post.status());
    assertEquals(
        0,
        TestDatabase.count("SELECT COUNT(*) FROM consultation WHERE id = ? AND published", d.id()));
    assertFalse(
        moderator.get("/admin/").body().contains("/admin/consultas/"),
        "no link to the editors' pages");
  }

  // --- a long document (branch reporteditor)
  // ------------------------------------------------------

  @Test
  void aLongPublishedDocumentIsWorkedThroughPartByPartFromSectionLinks() throws Exception {
    Draft d = createDraft("Consulta larga corregida parte por parte");
    String[][] rows = new String[21][];
    rows[0] = new String[] {"Rubro", "Concepto", "Descripción"};
    for (int i = 1; i < rows.length; i++) {
      rows[i] =
          new String[] {
            "R-" + i,
            "Rubro número " + i,
            "Descripción larga del rubro " + i + ", ".repeat(1) + "x".repeat(150)
          };
    }
    var page = d.client().get(PAGE + "?id=" + d.id());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("import", "import");
    form.put("import:rowKind", "BUDGET_LINE");
    form.put("import:titleColumn", "Concepto");
    form.put("import:importParent", "");
    form.put("import:run", "Importar");
    form.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    var imported =
        d.client()
            .postMultipart(
                PAGE + "?id=" + d.id(), form, "import:importFile", "largo.xlsx", xlsx(rows));
    assertTrue(imported.body().contains("Se importaron 20 partes"), imported.body());
    var published = publish(d, today(), today().plusDays(14), "");
    assertTrue(published.body().contains("La consulta quedó publicada con su plazo."));

    String editor = d.client().get(PAGE + "?id=" + d.id()).body();
    for (String section :
        List.of(
            "parts-heading",
            "extend-heading",
            "close-heading",
            "correct-heading",
            "history-heading")) {
      assertTrue(
          editor.contains("<a href=\"#" + section + "\">"), "a link to " + section + ": " + editor);
      assertTrue(editor.contains("id=\"" + section + "\""), section);
    }
    assertTrue(
        editor.indexOf("id=\"editor-sections\"") < editor.indexOf("id=\"parts-heading\""),
        "the links come first");
    assertTrue(
        editor.contains("<details class=\"parts-panel\" id=\"parts-panel\">"),
        "20 parts: the table is folded, so the short actions are not under it");

    var parts = api(d.slug()).getJsonArray("parts");
    long first = parts.getJsonObject(0).getJsonNumber("id").longValue();
    long second = parts.getJsonObject(1).getJsonNumber("id").longValue();
    String partPage = PAGE + "?id=" + d.id() + "&parte=" + first;
    String correcting = d.client().get(partPage).body();
    assertTrue(
        correcting.matches("(?s).*<textarea id=\"part:cells:2:cell\"[^>]*rows=\"[3-9]\".*"),
        "a long cell in a text area with rows for its length: " + correcting);
    assertFalse(correcting.contains("<input id=\"part:cells:"), "no single-line cells");
    assertTrue(
        correcting.matches("(?s).*Sigue: [^<]*Rubro número 2<.*"),
        "the button says which part is next");

    var next =
        post(
            d,
            partPage,
            "part",
            "saveNext",
            Map.of(
                "partTitle",
                "Rubro número 1",
                "cells:0:cell",
                "R-1",
                "cells:1:cell",
                "Rubro número 1",
                "cells:2:cell",
                "Descripción corregida del rubro 1",
                "partNote",
                "Se corrige la descripción del rubro 1."));
    assertEquals(302, next.status(), next.body());
    assertTrue(
        next.location().endsWith("?id=" + d.id() + "&parte=" + second + "#part-heading"),
        next.location());
    String landed = d.client().get(landing(next)).body();
    assertTrue(landed.contains("La corrección quedó publicada como una nueva versión."), landed);
    assertTrue(
        landed.matches("(?s).*<h2 id=\"part-heading\">Corregir: [^<]*Rubro número 2<.*"),
        "the next part's form is open");
    assertEquals(
        "Descripción corregida del rubro 1",
        api(d.slug())
            .getJsonArray("parts")
            .getJsonObject(0)
            .getJsonArray("fields")
            .getJsonObject(2)
            .getString("value"));
  }
}
