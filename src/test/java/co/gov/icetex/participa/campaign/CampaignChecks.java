package co.gov.icetex.participa.campaign;

import static co.gov.icetex.participa.testing.ObservationJsonBuilder.anObservation;
import static co.gov.icetex.participa.testing.StaffSteps.approve;
import static co.gov.icetex.participa.testing.StaffSteps.as;
import static co.gov.icetex.participa.testing.StaffSteps.assign;
import static co.gov.icetex.participa.testing.StaffSteps.draft;
import static co.gov.icetex.participa.testing.StaffSteps.postOnPage;
import static co.gov.icetex.participa.testing.StaffSteps.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.consultation.FinalVersionJourney;
import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.Eventually;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Form-letter campaigns on the real stack: variants of one letter posted through the API are
 * grouped after intake (by the grouping job, so the check polls), an unrelated observation is not;
 * the moderator sees the campaign as one row with its count, splits off a member (audited), one
 * group answer serves the remaining members, and the published report lists the campaign once with
 * its members' codes. The moderator triages the whole campaign at once from its page, and open data
 * (observations in the open, published answers) shows it once with its size and members.
 */
public abstract class CampaignChecks {

  protected final URL base = Portal.url();

  private static final String LETTER =
      "Como estudiante beneficiario del ICETEX solicito que la política de servicio "
          + "al ciudadano garantice respuestas a las peticiones en un plazo máximo de diez días hábiles, que los "
          + "acuerdos de pago se puedan firmar en línea sin ir a una oficina y que las tasas de interés de los "
          + "créditos educativos se publiquen cada mes de forma clara para todas las familias del país.";

  private static final List<String> VARIANTS =
      List.of(
          LETTER,
          LETTER + " Atentamente, Laura Gómez, Universidad de Antioquia, Medellín.",
          LETTER.replace("solicito", "solicto").replace("familias", "famlias"),
          "Buenas tardes. " + LETTER + " Gracias por escuchar a los estudiantes de las regiones.",
          LETTER + " Escríbanme a laura.gomez@example.co.");

  private String comment(String slug, String text) {
    var api =
        new Api(base, "10.93." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
    var reply =
        api.postJson(
            "/api/v1/consultations/" + slug + "/observations",
            anObservation()
                .with("authorName", "Autor " + UUID.randomUUID())
                .with("text", text)
                .json());
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getString("trackingCode");
  }

  private static long campaignOf(String code) throws SQLException {
    return TestDatabase.count(
        "SELECT COALESCE(campaign_id, 0) FROM observation WHERE tracking_code = ?", code);
  }

  /** Grouping runs after intake: wait until every observation is grouped. */
  private static void awaitGrouped(List<String> codes) throws Exception {
    String marks = String.join(",", java.util.Collections.nCopies(codes.size(), "?"));
    Eventually.until(
        () ->
            TestDatabase.count(
                    "SELECT COUNT(*) FROM observation WHERE grouped_at IS NULL AND tracking_code IN ("
                        + marks
                        + ")",
                    codes.toArray())
                == 0,
        Duration.ofSeconds(40),
        "grouped: " + codes);
  }

  private static StaffClient.Page triageCampaign(
      StaffClient moderator, long campaign, Map<String, String> fields) {
    var all = new java.util.HashMap<>(fields);
    all.put("save", "Clasificar la campaña");
    return postOnPage(
        moderator,
        "/admin/observaciones/campana.xhtml?id=" + campaign,
        "campaignTriage",
        all,
        List.<String[]>of(new String[] {"id", Long.toString(campaign)}));
  }

  private static List<String> strings(jakarta.json.JsonObject o, String field) {
    return o.getJsonArray(field).stream()
        .map(v -> ((jakarta.json.JsonString) v).getString())
        .toList();
  }

  /**
   * The grouping job keeps each consultation's candidate index between rounds; a split-off must
   * make it read the database again, or a later copy would join the campaign the split ended.
   */
  @Test
  void aCampaignEndedByASplitIsNotJoinedByALaterCopy() throws Exception {
    var j =
        new FinalVersionJourney(base)
            .publishConsultation("Campaña que termina " + UUID.randomUUID());
    String first = comment(j.slug, VARIANTS.get(0));
    String second = comment(j.slug, VARIANTS.get(1));
    awaitGrouped(List.of(first, second));
    long ended = campaignOf(first);
    assertTrue(ended > 0, "two copies of the letter form a campaign");
    assertEquals(ended, campaignOf(second));

    String page = "/admin/observaciones/campana.xhtml?id=" + ended;
    var split =
        postOnPage(
            as(base, "moderador@participa.test"),
            page,
            "split",
            Map.of("members:1:off", "Separar de la campaña"),
            List.<String[]>of(new String[] {"id", Long.toString(ended)}));
    // The campaign is gone: the page sends the moderator back to the list of campaigns.
    assertEquals(302, split.status(), split.body());
    assertTrue(split.body().contains("campanas.xhtml"), split.body());
    assertEquals(0, TestDatabase.count("SELECT member_count FROM campaign WHERE id = ?", ended));
    assertEquals(0, campaignOf(first), "the one left stands alone again");

    String late = comment(j.slug, VARIANTS.get(3));
    awaitGrouped(List.of(late));
    long renewed = campaignOf(late);
    assertTrue(renewed > 0 && renewed != ended, "a new campaign, not the ended one: " + renewed);
    assertEquals(renewed, campaignOf(first), "the copy left alone joins the later one");
    assertEquals(0, campaignOf(second), "the copy split off stays alone");
    assertEquals(2, TestDatabase.count("SELECT member_count FROM campaign WHERE id = ?", renewed));
  }

  @Test
  void variantsOfALetterFormOneCampaignThatStaffSplitAndAnswerAtOnce() throws Exception {
    var j =
        new FinalVersionJourney(base)
            .publishConsultation("Política con campaña " + UUID.randomUUID());
    var members = new ArrayList<String>();
    for (String variant : VARIANTS) {
      members.add(comment(j.slug, variant));
    }
    String unrelated =
        comment(
            j.slug,
            "El documento debería incluir un glosario de términos financieros y un "
                + "capítulo sobre la atención a personas con discapacidad visual en los puntos de atención, con intérprete "
                + "de lengua de señas en las oficinas regionales y materiales en braille para quienes los soliciten.");
    var all = new ArrayList<>(members);
    all.add(unrelated);
    awaitGrouped(all);

    long campaign = campaignOf(members.get(0));
    assertTrue(campaign > 0, "the letter's first copy is in a campaign");
    for (String m : members) {
      assertEquals(campaign, campaignOf(m), m + " is a variant of the letter");
    }
    assertEquals(0, campaignOf(unrelated), "another text on the topic stands alone");
    assertEquals(5, TestDatabase.count("SELECT member_count FROM campaign WHERE id = ?", campaign));

    var moderator = as(base, "moderador@participa.test");
    var list = moderator.get("/admin/observaciones/campanas.xhtml");
    assertEquals(200, list.status(), list.body());
    assertTrue(list.body().contains("campana.xhtml?id=" + campaign), list.body());
    assertTrue(list.body().contains(members.get(0)), "the earliest member represents the campaign");

    String page = "/admin/observaciones/campana.xhtml?id=" + campaign;
    var shown = moderator.get(page);
    members.forEach(m -> assertTrue(shown.body().contains(m), m + " listed among the members"));
    // The members are listed oldest first: the last row is the last variant.
    var split =
        postOnPage(
            moderator,
            page,
            "split",
            Map.of("members:4:off", "Separar de la campaña"),
            List.<String[]>of(new String[] {"id", Long.toString(campaign)}));
    assertEquals(200, split.status(), split.body());
    assertTrue(split.body().contains("se separó de la campaña"), split.body());
    String splitOff = members.remove(4);
    assertEquals(0, campaignOf(splitOff));
    assertEquals(4, TestDatabase.count("SELECT member_count FROM campaign WHERE id = ?", campaign));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'OBSERVATION_SPLIT_FROM_CAMPAIGN'"
                + " AND target_id = ?",
            splitOff));

    // A copy arriving later joins the campaign; the split-off member is not taken back.
    String late = comment(j.slug, LETTER + " Cordial saludo.");
    awaitGrouped(List.of(late));
    assertEquals(campaign, campaignOf(late));
    assertEquals(0, campaignOf(splitOff), "a member split off stays alone");
    members.add(late);

    // The queue shows the campaign as one row (its representative); ?campana= lists all its
    // members. (A row's link carries the queue's filters after the code: "codigo=X&amp;ver=…".)
    var consultationId = TestDatabase.count("SELECT id FROM consultation WHERE slug = ?", j.slug);
    var queue = moderator.get("/admin/observaciones/?consulta=" + consultationId);
    assertEquals(200, queue.status(), queue.body());
    assertTrue(
        queue.body().contains("codigo=" + members.get(0) + "&amp;"),
        "the representative has the campaign's row");
    assertTrue(
        !queue.body().contains("codigo=" + late + "&amp;"),
        "a member other than the representative has no row of its own");
    assertTrue(
        moderator
            .get("/admin/observaciones/?q=" + late)
            .body()
            .contains("codigo=" + late + "&amp;"),
        "a search by code finds a member all the same");
    var ofCampaign = moderator.get("/admin/observaciones/?campana=" + campaign);
    members.forEach(
        m ->
            assertTrue(
                ofCampaign.body().contains("codigo=" + m + "&amp;"),
                m + " listed under its campaign"));
    assertTrue(ofCampaign.body().contains("Campaña de 5 observaciones"), ofCampaign.body());

    // One triage decision for the whole campaign: refused when the original of a duplicate is a
    // member, then applied to every member, audited once per observation.
    var refused =
        triageCampaign(
            moderator, campaign, Map.of("decision", "DUPLICATE", "duplicateOf", members.get(1)));
    assertTrue(refused.body().contains("no puede ser de la misma campaña"), refused.body());
    var triaged = triageCampaign(moderator, campaign, Map.of("decision", "PUBLISHABLE"));
    assertTrue(
        triaged.body().contains("5 de 5 observaciones se clasificaron; 0 ya estaban en trámite"),
        triaged.body());
    String memberMarks = String.join(",", java.util.Collections.nCopies(members.size(), "?"));
    assertEquals(
        members.size(),
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'OBSERVATION_TRIAGED'"
                + " AND target_id IN ("
                + memberMarks
                + ")",
            members.toArray()),
        "the campaign triage is audited once per observation");

    // In the open the campaign shows once, at its representative, with its size and members.
    var open = new Api(base).get("/api/v1/consultations/" + j.slug + "/observations");
    assertEquals(200, open.status(), open.body());
    var openItems = open.json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
    assertEquals(
        List.of(members.get(0)),
        openItems.stream().map(e -> e.getString("trackingCode")).toList(),
        "the campaign once: " + open.body());
    assertEquals(members.size(), openItems.get(0).getInt("observationCount"));
    assertEquals(members.subList(1, members.size()), strings(openItems.get(0), "campaignMembers"));
    assertEquals(1, open.json().getInt("total"), "the campaign counts once");
    assertTrue(
        new Api(base)
            .get("/observaciones?c=" + j.slug)
            .body()
            .contains("Este mensaje lo enviaron " + members.size() + " personas"),
        "the page names the campaign's size");

    assign(moderator, members.toArray(String[]::new));
    var responder = as(base, "respuestas@participa.test");
    var reviewPage = responder.get(review(members.get(0))).body();
    for (String m : members.subList(1, members.size())) {
      assertTrue(
          reviewPage.contains("value=\"" + m + "\" id=\"grupo-" + m + "\" checked=\"checked\""),
          m + " pre-selected for the group answer: " + reviewPage);
    }
    var drafted =
        draft(
            responder,
            members.get(0),
            "PARTIALLY_ACCEPTED",
            "Los plazos de respuesta y la firma en línea quedan en la política.",
            members.subList(1, members.size()).toArray(String[]::new));
    assertTrue(drafted.body().contains("pasó a aprobación"), drafted.body());
    String marks = String.join(",", java.util.Collections.nCopies(members.size(), "?"));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(DISTINCT answer_id) FROM observation WHERE answer_id IS NOT NULL"
                + " AND tracking_code IN ("
                + marks
                + ")",
            members.toArray()),
        "one answer serves the whole campaign");

    // The report lists the campaign once, at its representative, with its count and the members'
    // codes.
    var approver = as(base, "aprobador@participa.test");
    assertTrue(approve(approver, members.get(0)).body().contains("fue aprobada"));
    for (String alone : List.of(splitOff, unrelated)) {
      postOnPage(
          moderator,
          review(alone),
          "triage",
          Map.of("decision", "SPAM", "reason", "Fuera del tema de la consulta.", "save", "Guardar"),
          List.of());
    }
    TestDatabase.update(
        "UPDATE consultation SET opens_at = DATE_SUB(opens_at, INTERVAL 30 DAY),"
            + " closes_at = DATE_ADD(DATE_SUB(opens_at, INTERVAL 30 DAY), INTERVAL 25 DAY) WHERE slug = ?",
        j.slug);
    var published =
        postOnPage(
            approver,
            "/admin/informes/?consulta=" + consultationId,
            "publish",
            Map.of("announced", "Sitio web del ICETEX.", "submit", "Publicar informe"),
            List.of());
    assertTrue(published.body().contains("Se publicó la versión 1 del informe"), published.body());
    var report = new Api(base).get("/api/v1/consultations/" + j.slug + "/report?format=json");
    assertEquals(200, report.status(), report.body());
    var entries =
        report.json().getJsonArray("observations").stream().map(v -> v.asJsonObject()).toList();
    var codes = entries.stream().map(e -> e.getString("trackingCode")).toList();
    assertEquals(
        List.of(members.get(0), splitOff, unrelated).stream().sorted().toList(),
        codes.stream().sorted().toList(),
        "the campaign once, then the two that stand alone: " + report.body());
    var representative =
        entries.stream()
            .filter(e -> e.getString("trackingCode").equals(members.get(0)))
            .findFirst()
            .orElseThrow();
    assertEquals(members.size(), representative.getInt("observationCount"));
    assertEquals(
        members.subList(1, members.size()),
        representative.getJsonArray("campaignMembers").stream()
            .map(v -> ((jakarta.json.JsonString) v).getString())
            .toList());
    // The published answers show the campaign once too; its members are in trámite now, so a second
    // campaign triage is refused.
    var answers = new Api(base).get("/api/v1/answers?consultation=" + j.slug);
    assertEquals(200, answers.status(), answers.body());
    var answerItems =
        answers.json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
    var answered = answerItems.stream().map(e -> e.getString("trackingCode")).toList();
    assertEquals(
        List.of(members.get(0)), answered, "the campaign's answer once: " + answers.body());
    assertEquals(members.size(), answerItems.get(0).getInt("observationCount"));
    assertEquals(
        members.subList(1, members.size()), strings(answerItems.get(0), "campaignMembers"));
    var again = triageCampaign(moderator, campaign, Map.of("decision", "PUBLISHABLE"));
    assertTrue(again.body().contains("Ninguna de las " + members.size()), again.body());

    var reportPage = new Api(base).get("/informe?c=" + j.slug);
    assertTrue(
        reportPage.body().contains("Campaña de " + members.size() + " observaciones"),
        reportPage.body());
  }
}
