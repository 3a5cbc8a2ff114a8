package co.gov.icetex.participa.consultation;

import static co.gov.icetex.participa.testing.ObservationJsonBuilder.anObservation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the whole road to a final version through the real pages, as the demo accounts: an editor
 * publishes a consultation of its own (a text part and a budget row), citizens comment through the
 * API, staff answer, the window is moved to the past by SQL (so the consultation is closed without
 * touching the shared demo ones), and the editor prepares the final version. Used by FinalVersionIT
 * and the browser journey.
 */
public final class FinalVersionJourney {

  public static final String EDITOR = "editor@participa.test";
  public static final String EDITOR_PAGE = "/admin/consultas/editar.xhtml";
  public static final String FINAL_PAGE = "/admin/consultas/version-final.xhtml";
  public static final String OLD_TEXT =
      "El ICETEX publicará el informe de seguimiento cada seis meses en su portal.";
  public static final String NEW_TEXT =
      "El ICETEX publicará el informe de seguimiento cada tres meses en su portal y en datos abiertos.";
  public static final String SECRET_EMAIL = "carlos.rojas@example.co";
  public static final String SECRET_PHONE = "3104567890";
  public static final String NAMED_AUTHOR = "Luz Dary Gómez";
  private static final Pattern NEW_ID = Pattern.compile("editar\\.xhtml\\?id=(\\d+)");
  private static final Pattern SLUG = Pattern.compile("consulta\\?c=([a-z0-9-]+)");

  private final URL base;
  public final StaffClient editor;
  public long consultationId;
  public String slug;
  public long textPartId;
  public long rowPartId;

  /**
   * Anonymous (no consent to show the name), answered ACCEPTED and published; its text has an
   * e-mail and a phone.
   */
  public String acceptedCode;

  /** Named, answered PARTIALLY_ACCEPTED and approved but not published. */
  public String partialCode;

  public FinalVersionJourney(URL base) {
    this.base = base;
    this.editor = signIn(EDITOR);
  }

  public StaffClient signIn(String email) {
    var client = new StaffClient(base);
    assertEquals(
        302, client.signIn(email, StaffClient.DEMO_PASSWORD).status(), "sign in as " + email);
    return client;
  }

  public static StaffClient.Page post(
      StaffClient client, String path, String form, String button, Map<String, String> fields) {
    var page = client.get(path);
    assertEquals(200, page.status(), path + ": " + page.body());
    return client.submit(path, page, form, button, fields);
  }

  private static StaffClient.Page postPairs(
      StaffClient client,
      String path,
      String form,
      Map<String, String> fields,
      List<String[]> extra) {
    var shown = client.get(path);
    assertEquals(200, shown.status(), path + ": " + shown.body());
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    pairs.add(Map.entry(form, form));
    fields.forEach((k, v) -> pairs.add(Map.entry(form + ":" + k, v)));
    extra.forEach(e -> pairs.add(Map.entry(e[0], e[1])));
    pairs.add(Map.entry("jakarta.faces.ViewState", StaffClient.viewState(shown.body())));
    return client.postPairs(path, pairs);
  }

  /** A published, open consultation with one paragraph and one budget row. */
  public FinalVersionJourney publishConsultation(String title) {
    var page = editor.get(EDITOR_PAGE);
    Map<String, String> details = new LinkedHashMap<>();
    details.put("type", "PLAN_ACCION");
    details.put("title", title);
    details.put("summary", "Plan para comentar antes de su versión final.");
    details.put("year", "2027");
    details.put("office", "Oficina Asesora de Planeación");
    var created = editor.submit(EDITOR_PAGE, page, "details", "save", details);
    assertEquals(302, created.status(), created.body());
    Matcher m = NEW_ID.matcher(created.location());
    assertTrue(m.find(), created.location());
    consultationId = Long.parseLong(m.group(1));
    String path = EDITOR_PAGE + "?id=" + consultationId;

    var added =
        post(
            editor,
            path,
            "part",
            "save",
            Map.of(
                "partKind",
                "PARAGRAPH",
                "parentId",
                "",
                "numberLabel",
                "1",
                "partTitle",
                "Seguimiento",
                "body",
                OLD_TEXT));
    // A saved part redirects back to the part form (branch reporteditor).
    assertEquals(302, added.status(), added.body());
    assertTrue(editor.get(path).body().contains("Seguimiento"));
    try {
      var imported =
          editor.postMultipart(
              path,
              Map.of(
                  "import",
                  "import",
                  "import:rowKind",
                  "BUDGET_LINE",
                  "import:titleColumn",
                  "Concepto",
                  "import:importParent",
                  "",
                  "import:run",
                  "Importar",
                  "jakarta.faces.ViewState",
                  StaffClient.viewState(editor.get(path).body())),
              "import:importFile",
              "presupuesto.xlsx",
              ConsultationEditingChecks.budgetXlsx());
      assertTrue(imported.body().contains("Se importaron 3 partes"), imported.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
    var published =
        post(
            editor,
            path,
            "publish",
            "publish",
            Map.of(
                "opensOn",
                today.toString(),
                "closesOn",
                today.plusDays(14).toString(),
                "justification",
                ""));
    assertTrue(
        published.body().contains("La consulta quedó publicada con su plazo."), published.body());
    Matcher s = SLUG.matcher(editor.get(path).body());
    assertTrue(s.find());
    slug = s.group(1);

    JsonObject doc = new Api(base).get("/api/v1/consultations/" + slug).json();
    var parts = doc.getJsonArray("parts");
    textPartId = parts.getJsonObject(0).getJsonNumber("id").longValue();
    rowPartId = parts.getJsonObject(1).getJsonNumber("id").longValue();
    assertEquals("Gastos de personal", parts.getJsonObject(1).getString("title"));
    return this;
  }

  private String comment(long partId, String author, boolean showName, String text) {
    var api =
        new Api(base, "10.88." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
    var reply =
        api.postJson(
            "/api/v1/consultations/" + slug + "/observations",
            anObservation()
                .with("partId", partId)
                .with("authorName", author)
                .with("showName", showName)
                .with("text", text)
                .json());
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getString("trackingCode");
  }

  private static String review(String code) {
    return "/admin/observaciones/ver.xhtml?codigo=" + code;
  }

  /** Two observations on the paragraph, answered through the staff pages. */
  public FinalVersionJourney commentAndAnswer() throws Exception {
    acceptedCode =
        comment(
            textPartId,
            "Carlos Rojas",
            false,
            "Seis meses es mucho: publiquen cada trimestre. Escríbanme a "
                + SECRET_EMAIL
                + " o al "
                + SECRET_PHONE
                + ".");
    partialCode =
        comment(
            textPartId,
            NAMED_AUTHOR,
            true,
            "Además del portal, publiquen el informe como datos abiertos.");

    long office =
        TestDatabase.count("SELECT id FROM office WHERE name = ?", "Oficina Asesora de Planeación");
    var moderator = signIn("moderador@participa.test");
    var assigned =
        postPairs(
            moderator,
            "/admin/observaciones/?q=" + acceptedCode.substring(0, 8),
            "bulk",
            Map.of("assignTo", Long.toString(office), "assign", "Asignar"),
            List.of(new String[] {"sel", acceptedCode}, new String[] {"sel", partialCode}));
    assertTrue(assigned.body().contains("Se asignaron 2"), assigned.body());

    var responder = signIn("respuestas@participa.test");
    var approver = signIn("aprobador@participa.test");
    answer(
        responder,
        approver,
        acceptedCode,
        "ACCEPTED",
        "Acogemos la propuesta: el informe será trimestral.");
    answer(
        responder,
        approver,
        partialCode,
        "PARTIALLY_ACCEPTED",
        "Publicaremos los datos del informe en formato abierto.");
    var published =
        postPairs(
            approver,
            review(acceptedCode),
            "publication",
            Map.of("publish", "Publicar"),
            List.of());
    assertTrue(published.body().contains("fue publicada"), published.body());
    return this;
  }

  private void answer(
      StaffClient responder, StaffClient approver, String code, String outcome, String text) {
    var drafted =
        postPairs(
            responder,
            review(code),
            "draft",
            Map.of("outcome", outcome, "text", text, "save", "Guardar"),
            List.of());
    assertTrue(drafted.body().contains("pasó a aprobación"), drafted.body());
    var approved =
        postPairs(
            approver,
            review(code),
            "approval",
            Map.of("approve", "Aprobar", "comment", ""),
            List.of());
    assertTrue(approved.body().contains("fue aprobada"), approved.body());
  }

  /** Moves the window to the past: the consultation is closed from now on. */
  public FinalVersionJourney close() throws Exception {
    assertEquals(
        1,
        TestDatabase.update(
            "UPDATE consultation SET opens_at = UTC_TIMESTAMP(6) - INTERVAL 20 DAY, "
                + "closes_at = UTC_TIMESTAMP(6) - INTERVAL 1 HOUR WHERE id = ?",
            consultationId));
    return this;
  }

  public String finalPage() {
    return FINAL_PAGE + "?id=" + consultationId;
  }

  public long finalPartOf(long draftPartId) throws Exception {
    return TestDatabase.count(
        "SELECT id FROM final_version_part WHERE draft_part_id = ?", draftPartId);
  }

  public long observationId(String code) throws Exception {
    return TestDatabase.count("SELECT id FROM observation WHERE tracking_code = ?", code);
  }

  /**
   * Starts the final version, rewrites the paragraph and the row, links the observations,
   * publishes.
   */
  public FinalVersionJourney prepareAndPublishFinalVersion() throws Exception {
    var started = post(editor, finalPage(), "start", "start", Map.of());
    assertTrue(started.body().contains("Se empezó la versión final"), started.body());
    return editLinkAndPublish();
  }

  /**
   * After the start: rewrites the paragraph and the row, links both observations, summary,
   * publication.
   */
  public FinalVersionJourney editLinkAndPublish() throws Exception {
    String text = finalPage() + "&parte=" + finalPartOf(textPartId);
    var saved =
        post(
            editor,
            text,
            "part",
            "save",
            Map.of("numberLabel", "1", "partTitle", "Seguimiento", "body", NEW_TEXT));
    assertTrue(saved.body().contains("Se guardó la parte."), saved.body());
    for (String code : new String[] {acceptedCode, partialCode}) {
      var linked =
          post(
              editor,
              text,
              "links",
              "link",
              Map.of("observation", Long.toString(observationId(code))));
      assertTrue(
          linked.body().contains("Se relacionó la observación con el cambio."), linked.body());
    }
    String row = finalPage() + "&parte=" + finalPartOf(rowPartId);
    var cells =
        post(
            editor,
            row,
            "part",
            "save",
            Map.of(
                "numberLabel",
                "",
                "partTitle",
                "Gastos de personal",
                "cells:0:cell",
                "A-01",
                "cells:1:cell",
                "Gastos de personal",
                "cells:2:cell",
                "$ 99.000.000.000"));
    assertTrue(cells.body().contains("Se guardó la parte."), cells.body());
    post(
        editor,
        finalPage(),
        "summary",
        "save",
        Map.of("summary", "Informe trimestral y en datos abiertos."));
    var published = post(editor, finalPage(), "publish", "publish", Map.of());
    assertTrue(published.body().contains("La versión final quedó publicada."), published.body());
    return this;
  }
}
