package co.gov.icetex.participa.consultation;

import static co.gov.icetex.participa.consultation.FinalVersionJourney.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The final version on the real stack: an editor prepares it through the staff page once the
 * consultation has closed, links the accepted observations to the change and publishes it; the
 * public page shows the draft beside the final text with the differences and those observations
 * (redacted, anonymous without consent, answers only once published), and so does the API, without
 * personal data.
 */
public abstract class FinalVersionChecks {

  protected final URL base = Portal.url();

  private static long audited(String action, long id) throws Exception {
    return TestDatabase.count(
        "SELECT COUNT(*) FROM audit_event WHERE action = ? AND target_type = 'Consultation' "
            + "AND target_id = ? AND actor = ?",
        action,
        Long.toString(id),
        FinalVersionJourney.EDITOR);
  }

  @Test
  void anEditorPublishesTheFinalVersionAndThePublicSeesWhatChangedAndWhy() throws Exception {
    var j =
        new FinalVersionJourney(base).publishConsultation("Plan de seguimiento para versión final");
    j.commentAndAnswer();

    var early = j.editor.get(j.finalPage());
    assertEquals(200, early.status());
    assertTrue(
        early.body().contains("La versión final se prepara cuando la consulta haya cerrado"),
        "not while open");
    assertFalse(early.body().contains("Empezar la versión final</"), "no start button while open");
    j.close();

    // linking needs a changed part
    post(j.editor, j.finalPage(), "start", "start", Map.of());
    String text = j.finalPage() + "&parte=" + j.finalPartOf(j.textPartId);
    var refused =
        post(
            j.editor,
            text,
            "links",
            "link",
            Map.of("observation", Long.toString(j.observationId(j.acceptedCode))));
    assertTrue(
        refused.body().contains("Solo puede relacionar observaciones con una parte modificada"),
        refused.body());
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM final_version_change_observation l JOIN final_version_part p "
                + "ON p.id = l.final_part_id JOIN final_version f ON f.id = p.final_version_id WHERE f.consultation_id = ?",
            j.consultationId),
        "the refusal saved nothing");
    var beforePublication = j.editor.get(j.finalPage());

    var started = post(j.editor, j.finalPage(), "start", "start", Map.of());
    assertEquals(200, started.status());
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM final_version WHERE consultation_id = ?", j.consultationId));

    var again = post(j.editor, j.finalPage(), "parts", "rows:0:remove", Map.of());
    assertTrue(again.body().contains("La parte quedó fuera de la versión final."), again.body());
    var restored = post(j.editor, j.finalPage(), "parts", "rows:0:restore", Map.of());
    assertTrue(restored.body().contains("La parte volvió a la versión final."), restored.body());
    j.editLinkAndPublish();

    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM final_version WHERE consultation_id = ? "
                + "AND published_at IS NOT NULL AND published_by = ?",
            j.consultationId,
            FinalVersionJourney.EDITOR));
    long untouched =
        TestDatabase.count(
            "SELECT id FROM consultation_part WHERE consultation_id = ? AND title = ?",
            j.consultationId,
            "Adquisición de bienes y servicios");
    assertEquals("UNCHANGED", changeOf(untouched), "an untouched row stays unchanged");
    assertEquals("CHANGED", changeOf(j.textPartId));
    assertEquals("CHANGED", changeOf(j.rowPartId));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM consultation_part WHERE id = ? AND body = ?",
            j.textPartId,
            FinalVersionJourney.OLD_TEXT),
        "the draft stays as it was");
    assertEquals(
        2,
        TestDatabase.count("SELECT COUNT(*) FROM observation WHERE part_id = ?", j.textPartId),
        "observations stay attached to the draft's part");

    // the public page
    var page = new Api(base).get("/version-final?c=" + j.slug);
    assertEquals(200, page.status(), page.body());
    String html = page.body();
    assertTrue(
        html.contains("<del><span class=\"sr-only\">Texto eliminado: </span>seis</del>"), html);
    assertTrue(
        html.contains("<ins><span class=\"sr-only\">Texto agregado: </span>tres</ins>"), html);
    assertTrue(html.contains("datos abiertos"));
    assertTrue(
        html.contains("Texto eliminado: </span>98.450.000.000</del>")
            && html.contains("Texto agregado: </span>99.000.000.000</ins>"),
        "the row's cell, before and after");
    assertTrue(html.contains(j.acceptedCode) && html.contains(j.partialCode));
    assertTrue(html.contains("Ciudadano/a"), "no consent: no name");
    assertFalse(
        html.contains("Carlos Rojas"), "the name of an author who did not consent never shows");
    assertTrue(html.contains(FinalVersionJourney.NAMED_AUTHOR), "a consenting author is named");
    assertFalse(
        html.contains(FinalVersionJourney.SECRET_EMAIL)
            || html.contains(FinalVersionJourney.SECRET_PHONE),
        "redacted");
    assertTrue(html.contains("[correo oculto]") && html.contains("[número oculto]"));
    assertTrue(
        html.contains("Acogemos la propuesta: el informe será trimestral.")
            && html.contains("Aceptada e incorporada"),
        "a published answer shows with its outcome");
    assertFalse(
        html.contains("Publicaremos los datos del informe en formato abierto."),
        "an unpublished answer does not");
    assertTrue(html.contains("La respuesta a esta observación aún no se ha publicado."));
    assertTrue(html.contains("Informe trimestral y en datos abiertos."), "the summary");
    assertEquals(404, new Api(base).get("/version-final?c=no-existe").status());

    // the consultation page links it
    var consultation = new Api(base).get("/consulta?c=" + j.slug + "&v=" + System.nanoTime());
    assertTrue(
        consultation.body().contains("version-final?c=" + j.slug),
        "the consultation page links the final version");

    // the API
    var reply = new Api(base).get("/api/v1/consultations/" + j.slug);
    assertEquals(200, reply.status());
    assertFalse(
        reply.body().contains("@")
            || reply.body().contains("Carlos")
            || reply.body().contains(FinalVersionJourney.NAMED_AUTHOR),
        "no personal data in the API");
    JsonObject fv = reply.json().getJsonObject("finalVersion");
    assertEquals(2, fv.getInt("changes"));
    var first = fv.getJsonArray("parts").getJsonObject(0);
    assertEquals("CHANGED", first.getString("changeType"));
    assertEquals(j.textPartId, first.getJsonNumber("draftPartId").longValue());
    assertEquals(FinalVersionJourney.NEW_TEXT, first.getString("body"));
    assertEquals(
        java.util.List.of(j.acceptedCode, j.partialCode).stream().sorted().toList(),
        first.getJsonArray("observations").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertFalse(
        new Api(base).get("/api/v1/consultations/paac-2020").body().contains("finalVersion"),
        "none before publication");

    // immutable: a form from before the publication is refused and changes nothing
    var late =
        j.editor.submit(
            j.finalPage(), beforePublication, "summary", "save", Map.of("summary", "Otro resumen"));
    assertTrue(
        late.body().contains("La versión final ya está publicada y no se puede modificar."),
        late.body());
    assertEquals(
        0, TestDatabase.count("SELECT COUNT(*) FROM final_version WHERE summary = 'Otro resumen'"));

    for (String action :
        new String[] {
          "FINAL_VERSION_STARTED",
          "FINAL_VERSION_PART_EDITED",
          "FINAL_VERSION_OBSERVATION_LINKED",
          "FINAL_VERSION_PART_REMOVED",
          "FINAL_VERSION_PART_RESTORED",
          "FINAL_VERSION_SUMMARY_EDITED",
          "FINAL_VERSION_PUBLISHED"
        }) {
      assertTrue(audited(action, j.consultationId) >= 1, action + " is audited");
    }
    assertEquals(2, audited("FINAL_VERSION_OBSERVATION_LINKED", j.consultationId));
  }

  private static String changeOf(long draftPartId) throws Exception {
    try (var c = TestDatabase.connect();
        var s =
            c.prepareStatement(
                "SELECT change_type FROM final_version_part WHERE draft_part_id = ?")) {
      s.setLong(1, draftPartId);
      try (var r = s.executeQuery()) {
        assertTrue(r.next(), "a final part for draft part " + draftPartId);
        return r.getString(1);
      }
    }
  }

  @Test
  void onlyEditorsReachTheFinalVersionPage() throws Exception {
    long anyConsultation =
        TestDatabase.count("SELECT id FROM consultation WHERE slug = 'paac-2020'");
    var moderator = new StaffClient(base);
    assertEquals(
        302, moderator.signIn("moderador@participa.test", StaffClient.DEMO_PASSWORD).status());
    var page = moderator.get(FinalVersionJourney.FINAL_PAGE + "?id=" + anyConsultation);
    assertEquals(403, page.status(), "a moderator may not open the editor's final-version page");
    var post =
        moderator.postForm(
            FinalVersionJourney.FINAL_PAGE + "?id=" + anyConsultation,
            Map.of("start", "start", "start:start", "start", "jakarta.faces.ViewState", "x"));
    assertEquals(403, post.status(), "nor post its forms");
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM final_version WHERE consultation_id = ?", anyConsultation));
  }
}
