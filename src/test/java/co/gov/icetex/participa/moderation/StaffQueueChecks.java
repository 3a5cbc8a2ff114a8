package co.gov.icetex.participa.moderation;

import static co.gov.icetex.participa.testing.ObservationJsonBuilder.anObservation;
import static co.gov.icetex.participa.testing.StaffSteps.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.TestConsultations;
import co.gov.icetex.participa.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The staff find their way (issue 12): the queue opens on what needs each role, filters by several
 * states, pages with "Mostrando 1–50 de N" and page numbers, assigns everything the filters find,
 * and its filters follow the person to an observation and back; the observation page admits and
 * assigns in one step, names the office in its history, quotes the commented row, and tells a
 * responder of another office so. Each check works on a consultation of its own.
 */
public abstract class StaffQueueChecks {

  private static final String PLANNING = "Oficina Asesora de Planeación";
  private static final AtomicInteger ADDRESS = new AtomicInteger();

  protected final URL base = Portal.url();

  private String submit(String slug) {
    return submit(slug, anObservation());
  }

  private String submit(String slug, co.gov.icetex.participa.testing.ObservationJsonBuilder o) {
    int n = ADDRESS.incrementAndGet();
    var reply =
        new Api(base, "10.12." + (n / 250) % 250 + "." + n % 250)
            .postJson("/api/v1/consultations/" + slug + "/observations", o.json());
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getString("trackingCode");
  }

  private static String queue(String query) {
    return "/admin/observaciones/?" + query;
  }

  private static String status(String code) throws Exception {
    return TestDatabase.text("SELECT status FROM observation WHERE tracking_code = ?", code)
        .orElseThrow();
  }

  private static long audited(String code, String action) throws Exception {
    return TestDatabase.count(
        "SELECT COUNT(*) FROM audit_event WHERE target_type = 'Observation' AND target_id = ?"
            + " AND action = ?",
        code,
        action);
  }

  @Test
  void theQueueOpensOnWhatNeedsEachRole() throws Exception {
    var own = TestConsultations.openSince(LocalDate.of(2026, 1, 1));
    String received = submit(own.slug());
    String assigned = submit(own.slug());
    String drafted = submit(own.slug());
    assign(as(base, "moderador@participa.test"), assigned, drafted);
    var responder = as(base, "respuestas@participa.test");
    assertTrue(
        draft(responder, drafted, "ACCEPTED", "Se incorpora.")
            .body()
            .contains("pasó a aprobación"));
    String mine = queue("consulta=" + own.id());

    String moderator = as(base, "moderador@participa.test").get(mine).body();
    assertTrue(moderator.contains("Requiere mi acción"), moderator);
    assertTrue(moderator.contains(received), "untriaged: the moderator's");
    assertFalse(moderator.contains(assigned), "assigned: the office's now");
    assertFalse(moderator.contains(drafted));

    String answers = responder.get(mine).body();
    assertTrue(answers.contains(assigned), "assigned to their office, unanswered");
    assertFalse(answers.contains(received));
    assertFalse(answers.contains(drafted), "answered, waiting for approval");

    String approver = as(base, "aprobador@participa.test").get(mine).body();
    assertTrue(approver.contains(drafted), "a draft to approve");
    assertFalse(approver.contains(received));
    assertFalse(approver.contains(assigned));
  }

  @Test
  void severalStatesAtOnceOrAllOfThem() throws Exception {
    var own = TestConsultations.openSince(LocalDate.of(2026, 1, 1));
    String received = submit(own.slug());
    String assigned = submit(own.slug());
    String rejected = submit(own.slug());
    var moderator = as(base, "moderador@participa.test");
    assign(moderator, assigned);
    postOnPage(
        moderator,
        review(rejected),
        "triage",
        Map.of("decision", "SPAM", "reason", "Publicidad.", "save", "Guardar"),
        List.of());
    assertEquals("REJECTED", status(rejected));

    String two =
        moderator.get(queue("consulta=" + own.id() + "&estado=RECEIVED&estado=ASSIGNED")).body();
    assertTrue(two.contains(received) && two.contains(assigned), two);
    assertFalse(two.contains(rejected));
    assertTrue(
        two.contains("id=\"estado-RECEIVED\" checked=\"checked\""), "the boxes stay checked");

    String all = moderator.get(queue("consulta=" + own.id() + "&ver=todas")).body();
    assertTrue(all.contains(received) && all.contains(assigned) && all.contains(rejected), all);
  }

  @Test
  void aLongListIsPagedAndEverythingTheFiltersFindIsAssignedAtOnce() throws Exception {
    var own = TestConsultations.openSince(LocalDate.of(2026, 1, 1));
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 52; i++) {
      codes.add(submit(own.slug()));
    }
    var moderator = as(base, "moderador@participa.test");
    String filters = "ver=todas&consulta=" + own.id();

    String first = moderator.get(queue(filters)).body();
    assertTrue(first.contains("Mostrando 1–50 de 52"), first);
    assertTrue(first.contains("aria-current=\"page\""), "the current page number is marked");
    assertTrue(first.contains(filters.replace("&", "&amp;") + "&amp;pagina=2"), first);
    String second = moderator.get(queue(filters + "&pagina=2")).body();
    assertTrue(second.contains("Mostrando 51–52 de 52"), second);

    // Nothing checked on the page: "all that match" reads the filters again when it runs.
    var done =
        postOnPage(
            moderator,
            queue(filters),
            "bulk",
            Map.of("assignTo", Long.toString(planningOffice()), "assign", "Asignar"),
            List.of(
                new String[] {"ver", "todas"},
                new String[] {"consulta", Long.toString(own.id())},
                new String[] {"alcance", "todas"}));
    assertTrue(
        done.body()
            .contains(
                "Se asignaron 52 observaciones a "
                    + PLANNING
                    + ". 52 no estaban clasificadas y quedaron admitidas."),
        done.body());
    for (String code : codes) {
      assertEquals("ASSIGNED", status(code), code);
      assertEquals(1, audited(code, "OBSERVATION_ASSIGNED"), "each one audited: " + code);
      assertEquals(1, audited(code, "OBSERVATION_TRIAGED"), "and its admission: " + code);
    }
  }

  @Test
  void theFiltersFollowThePersonToAnObservationAndBackAndToTheNextPending() throws Exception {
    var own = TestConsultations.openSince(LocalDate.of(2026, 1, 1));
    String first = submit(own.slug());
    String second = submit(own.slug());
    var moderator = as(base, "moderador@participa.test");
    String filters = "ver=accion&consulta=" + own.id() + "&q=a%26b";

    String list = moderator.get(queue("consulta=" + own.id())).body();
    assertTrue(
        list.contains("ver.xhtml?codigo=" + first + "&amp;ver=accion&amp;consulta=" + own.id()),
        "a row's link carries the filters: " + list);

    String page =
        moderator.get(review(first) + "&ver=accion&consulta=" + own.id() + "&evil=%3Cx%3E").body();
    assertTrue(
        page.contains("/admin/observaciones/?ver=accion&amp;consulta=" + own.id() + "\""),
        "Volver a las observaciones keeps the filters: " + page);
    assertFalse(page.contains("evil"), "only the queue's own parameters travel");
    assertTrue(
        page.contains(
            "ver.xhtml?codigo=" + second + "&amp;ver=accion&amp;consulta=" + own.id() + "\""),
        "Siguiente pendiente opens the next one that needs the moderator");

    String searched = moderator.get(review(first) + "&" + filters).body();
    assertTrue(searched.contains("q=a%26b"), "typed text is re-encoded, not copied");

    assign(moderator, second);
    String last = moderator.get(review(first) + "&ver=accion&consulta=" + own.id()).body();
    assertFalse(
        last.contains("id=\"review-next\""), "nothing else of the list needs the moderator");
  }

  @Test
  void admittingAndAssigningIsOneActionAuditedAsBothAndTheHistoryNamesTheOffice() throws Exception {
    String code = submit("paac-2020");
    var moderator = as(base, "moderador@participa.test");
    String before = moderator.get(review(code)).body();
    assertTrue(before.contains("Admitir y asignar"), before);
    assertTrue(before.contains("id=\"review-banner\""), "the state and the next step, on top");

    var after =
        postOnPage(
            moderator,
            review(code),
            "assign",
            Map.of("office", Long.toString(planningOffice()), "save", "Admitir y asignar"),
            List.of());
    assertTrue(
        after
            .body()
            .contains(
                "Se asignó 1 observación a "
                    + PLANNING
                    + ". 1 no estaba clasificada y quedó admitida."),
        after.body());
    assertEquals("ASSIGNED", status(code));
    assertEquals(1, audited(code, "OBSERVATION_TRIAGED"));
    assertEquals(1, audited(code, "OBSERVATION_ASSIGNED"));
    assertTrue(
        after.body().contains("Asignó la observación a " + PLANNING), "the history names it");
    assertTrue(after.body().contains("Admitió la observación"), "and the admission");
    assertTrue(
        after.body().contains("Respuestas · " + PLANNING), "the banner names who owns it next");
  }

  @Test
  void aResponderOfAnotherOfficeIsToldSoAndSeesNothingOfIt() throws Exception {
    var own = TestConsultations.openSince(LocalDate.of(2026, 1, 1));
    String text = "Observación de otra dependencia " + java.util.UUID.randomUUID();
    String code = submit(own.slug(), anObservation().with("text", text));
    long other =
        TestDatabase.count(
            "SELECT MIN(id) FROM office WHERE active = TRUE AND name <> ?", PLANNING);
    postOnPage(
        as(base, "moderador@participa.test"),
        review(code),
        "assign",
        Map.of("office", Long.toString(other), "save", "Admitir y asignar"),
        List.of());
    assertEquals("ASSIGNED", status(code));

    var responder = as(base, "respuestas@participa.test");
    var page = responder.get(review(code));
    assertEquals(403, page.status());
    assertTrue(
        page.body().contains("Esta observación está asignada a otra dependencia"), page.body());
    assertTrue(page.body().contains("admin-user"), "on the staff layout");
    assertFalse(page.body().contains(text), "nothing of the observation");
    assertEquals(404, responder.get(review("OBS-2026-999999")).status());
  }

  @Test
  void theCellsOfTheCommentedRowAreQuoted() throws Exception {
    JsonObject row =
        new Api(base)
                .get("/api/v1/consultations/paac-2020")
                .json()
                .getJsonArray("parts")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getBoolean("tableRow"))
                .findFirst()
                .orElseThrow();
    String code =
        submit("paac-2020", anObservation().with("partId", row.getJsonNumber("id").longValue()));
    String page = as(base, "moderador@participa.test").get(review(code)).body();
    assertTrue(page.contains("id=\"review-row\""), page);
    JsonObject cell = row.getJsonArray("fields").getJsonObject(0);
    assertTrue(page.contains("<th scope=\"row\">" + cell.getString("label") + "</th>"), page);
  }

  @Test
  void theDashboardListsWhatNeedsThePersonWithLinksIntoTheQueue() throws Exception {
    submit("paac-2020"); // at least one to triage
    String moderator = as(base, "moderador@participa.test").get("/admin/").body();
    assertTrue(moderator.contains("por clasificar o asignar"), moderator);
    assertTrue(
        moderator.contains(
            "/admin/observaciones/?ver=estados&amp;estado=RECEIVED&amp;estado=ACCEPTED"),
        moderator);
    String admin = as(base, "admin@participa.test").get("/admin/").body();
    assertTrue(admin.contains("Su rol no atiende observaciones"), admin);
  }
}
