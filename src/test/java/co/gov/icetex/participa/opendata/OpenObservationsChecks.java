package co.gov.icetex.participa.opendata;

import static co.gov.icetex.participa.testing.ObservationJsonBuilder.anObservation;
import static co.gov.icetex.participa.testing.StaffSteps.approve;
import static co.gov.icetex.participa.testing.StaffSteps.as;
import static co.gov.icetex.participa.testing.StaffSteps.assign;
import static co.gov.icetex.participa.testing.StaffSteps.draft;
import static co.gov.icetex.participa.testing.StaffSteps.postOnPage;
import static co.gov.icetex.participa.testing.StaffSteps.publish;
import static co.gov.icetex.participa.testing.StaffSteps.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.consultation.FinalVersionJourney;
import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.Eventually;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Observations in the open on the real stack: each check publishes its own consultation, comments
 * on it through the API and triages as the moderator would; the API and the public pages then show
 * only the publishable observations, newest first, redacted, named only with consent, with their
 * answers once published; an editor can switch this off with a reason (audited) and on again.
 */
public abstract class OpenObservationsChecks {

  protected final URL base = Portal.url();

  private static final String SECRET_EMAIL = "marta.perez@example.co";
  private static final String SECRET_PHONE = "3114567890";

  private String comment(String slug, Long partId, String author, boolean showName, String text) {
    var api =
        new Api(base, "10.91." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
    var observation =
        anObservation().with("authorName", author).with("showName", showName).with("text", text);
    var reply =
        api.postJson(
            "/api/v1/consultations/" + slug + "/observations",
            (partId == null ? observation : observation.with("partId", partId)).json());
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getString("trackingCode");
  }

  private JsonObject list(String slug, String query) {
    var reply = new Api(base).get("/api/v1/consultations/" + slug + "/observations" + query);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  /** The API leaves out what is null. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static List<String> codes(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("trackingCode"))
        .toList();
  }

  /** Public pages are micro-cached for up to 10 seconds: wait for the page to show the change. */
  private String pageShowing(String path, Predicate<String> shows) throws Exception {
    var api = new Api(base);
    String[] body = {""};
    Eventually.until(
        () -> {
          var reply = api.get(path);
          body[0] = reply.body();
          return reply.status() == 200 && shows.test(body[0]);
        },
        Duration.ofSeconds(20),
        path + " showing the change");
    return body[0];
  }

  @Test
  void publishableObservationsAppearAsTheyComeRedactedWithTheirAnswers() throws Exception {
    var j =
        new FinalVersionJourney(base)
            .publishConsultation("Plan con observaciones a la vista " + UUID.randomUUID());
    String named =
        comment(
            j.slug,
            j.textPartId,
            "Marta Lucía Pérez",
            true,
            "Propongo informes trimestrales. Escríbanme a "
                + SECRET_EMAIL
                + " o al "
                + SECRET_PHONE
                + ".");
    String anonymous =
        comment(
            j.slug,
            null,
            "Pedro Reservado",
            false,
            "El documento completo debería tener un glosario.");
    String spam =
        comment(
            j.slug,
            j.textPartId,
            "Anunciante",
            true,
            "Compre seguidores baratos en nuestra tienda.");

    assertEquals(
        0, list(j.slug, "").getInt("total"), "nothing is shown before the moderator accepts it");

    var moderator = as(base, "moderador@participa.test");
    assign(moderator, named, anonymous);
    postOnPage(
        moderator,
        review(spam),
        "triage",
        Map.of(
            "decision",
            "SPAM",
            "reason",
            "Publicidad sin relación con el plan.",
            "save",
            "Guardar"),
        List.of());

    JsonObject all = list(j.slug, "");
    assertTrue(all.getBoolean("shown"));
    assertEquals(2, all.getInt("total"));
    assertEquals(List.of(anonymous, named), codes(all), "newest first, the spam left out");
    String json = all.toString();
    assertFalse(json.contains(SECRET_EMAIL) || json.contains(SECRET_PHONE), "redacted: " + json);
    assertFalse(json.contains("Pedro Reservado"), "no name without consent");
    assertFalse(json.contains("\"email\""), "no e-mail field");
    JsonObject namedItem = all.getJsonArray("items").getJsonObject(1);
    assertEquals("Marta Lucía Pérez", namedItem.getString("author"));
    assertTrue(absent(namedItem, "answer"), "no answer before it is published");
    assertTrue(
        absent(all.getJsonArray("items").getJsonObject(0), "author"), "no name without consent");

    assertEquals(List.of(named), codes(list(j.slug, "?part=" + j.textPartId)));
    assertEquals(List.of(anonymous), codes(list(j.slug, "?part=documento")));
    assertEquals(
        400,
        new Api(base).get("/api/v1/consultations/" + j.slug + "/observations?part=uno").status());
    assertEquals(
        400,
        new Api(base).get("/api/v1/consultations/" + j.slug + "/observations?size=101").status());
    assertEquals(
        404,
        new Api(base)
            .get("/api/v1/consultations/no-existe-" + UUID.randomUUID() + "/observations")
            .status());

    String answer = "Los informes serán trimestrales desde el próximo año.";
    assertTrue(
        draft(as(base, "respuestas@participa.test"), named, "ACCEPTED", answer)
            .body()
            .contains("pasó a aprobación"));
    var approver = as(base, "aprobador@participa.test");
    assertTrue(approve(approver, named).body().contains("fue aprobada"));
    assertTrue(publish(approver, named).body().contains("fue publicada"));
    JsonObject answered =
        list(j.slug, "?part=" + j.textPartId).getJsonArray("items").getJsonObject(0);
    assertEquals(answer, answered.getJsonObject("answer").getString("text"));
    assertEquals("ACCEPTED", answered.getJsonObject("answer").getString("outcome"));

    String listPage = pageShowing("/observaciones?c=" + j.slug, b -> b.contains(named));
    assertTrue(listPage.contains("Marta Lucía Pérez") && listPage.contains(answer), listPage);
    assertFalse(listPage.contains(SECRET_EMAIL) || listPage.contains(spam), listPage);
    assertTrue(listPage.contains("Mostrando 1–2 de 2"), listPage);
    String consultationPage =
        pageShowing(
            "/consulta?c=" + j.slug,
            b -> b.contains("observaciones?c=" + j.slug + "&amp;parte=" + j.textPartId));
    assertTrue(consultationPage.contains("Ver 1 observación publicada"), consultationPage);
    assertEquals(
        404, new Api(base).get("/observaciones?c=" + j.slug + "&parte=999999999").status());
  }

  @Test
  void anEditorSwitchesThemOffWithAReasonAndOnAgainAudited() throws Exception {
    var j =
        new FinalVersionJourney(base)
            .publishConsultation("Preguntas para la audiencia " + UUID.randomUUID());
    String code =
        comment(j.slug, null, "Ana Torres", true, "¿Cuántos créditos se aprobaron este año?");
    assign(as(base, "moderador@participa.test"), code);
    assertEquals(List.of(code), codes(list(j.slug, "")));

    String path = FinalVersionJourney.EDITOR_PAGE + "?id=" + j.consultationId;
    var refused =
        FinalVersionJourney.post(
            j.editor,
            path,
            "openObs",
            "hide",
            Map.of("consultation", Long.toString(j.consultationId), "reason", ""));
    assertTrue(
        refused.body().contains("Escriba por qué no se mostrarán las observaciones"),
        refused.body());
    assertTrue(list(j.slug, "").getBoolean("shown"), "nothing changed");

    var hidden =
        FinalVersionJourney.post(
            j.editor,
            path,
            "openObs",
            "hide",
            Map.of(
                "consultation",
                Long.toString(j.consultationId),
                "reason",
                "Son preguntas para la audiencia pública."));
    assertEquals(302, hidden.status(), hidden.body());
    JsonObject none = list(j.slug, "");
    assertFalse(none.getBoolean("shown"));
    assertEquals(0, none.getJsonArray("items").size());
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'CONSULTATION_OBSERVATIONS_HIDDEN'"
                + " AND target_id = ? AND actor = ?",
            Long.toString(j.consultationId),
            FinalVersionJourney.EDITOR));
    String editorPage = j.editor.get(path).body();
    assertTrue(editorPage.contains("Son preguntas para la audiencia pública."), editorPage);
    pageShowing(
        "/consulta?c=" + j.slug, b -> b.contains("se publicarán con el informe de respuestas"));

    var shown =
        FinalVersionJourney.post(
            j.editor,
            path,
            "openObs",
            "show",
            Map.of("consultation", Long.toString(j.consultationId)));
    assertEquals(302, shown.status(), shown.body());
    assertEquals(List.of(code), codes(list(j.slug, "")));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'CONSULTATION_OBSERVATIONS_SHOWN'"
                + " AND target_id = ?",
            Long.toString(j.consultationId)));
  }
}
