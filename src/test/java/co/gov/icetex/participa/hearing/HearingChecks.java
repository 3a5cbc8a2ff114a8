package co.gov.icetex.participa.hearing;

import static co.gov.icetex.participa.testing.ObservationJsonBuilder.anObservation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.HearingForms;
import co.gov.icetex.participa.testing.Mailbox;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import co.gov.icetex.participa.testing.TestHearings;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accountability hearing on the real stack: the public section and pages, questions as
 * observations, registration (double opt-in, no disclosure of who is registered, single-use forms,
 * capacity, forged posts refused), the evaluation survey (one confirmed response per person), the
 * memoria (page, PDF, versions) and the API, none of them with personal data; and the staff pages
 * by role.
 */
public abstract class HearingChecks {

  private static final String UPCOMING = "audiencia-rendicion-cuentas-2026";
  private static final String PAST = "audiencia-rendicion-cuentas-2025";
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

  private HttpResponse<byte[]> download(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + path.substring(1))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private StaffClient.Page register(
      StaffClient visitor, String email, String mode, boolean genuine) {
    return HearingForms.register(visitor, UPCOMING, "Valentina Suárez", email, mode, genuine);
  }

  @Test
  void theSectionListsHearingsByYearAndAHearingShowsAgendaMaterialsAndCalendar() throws Exception {
    var visitor = new StaffClient(base);
    String section = visitor.get("/rendicion-de-cuentas").body();
    assertTrue(section.contains("Audiencia pública de rendición de cuentas 2026"), section);
    assertTrue(section.contains("Audiencia pública de rendición de cuentas 2025"));
    String page = visitor.get("/audiencia?h=" + UPCOMING).body();
    assertTrue(page.contains("Informe de gestión"), "agenda");
    assertTrue(page.contains("id=\"registration\""), "registration is open");
    assertTrue(page.contains("observar?c=" + UPCOMING + "-preguntas"), "questions are open");
    assertTrue(
        page.contains("Informe de gestión 2026 (preliminar)</a>"), "a material reads as its title");
    assertTrue(
        page.contains("(Informe de gestión, PDF, "), "then its kind, format and size: " + page);
    assertFalse(page.contains(".pdf,"), "not the stored file's name");
    Matcher material = Pattern.compile("audiencia/material\\?id=(\\d+)").matcher(page);
    assertTrue(material.find());
    var pdf = download("/audiencia/material?id=" + material.group(1));
    assertEquals(200, pdf.statusCode());
    assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF-"));
    var ics = download("/audiencia/calendario.ics?h=" + UPCOMING);
    String calendar = new String(ics.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(
        calendar.startsWith("BEGIN:VCALENDAR")
            && calendar.contains("DTSTART:")
            && calendar.contains("END:VEVENT"),
        calendar);
    assertTrue(
        page.contains("calendario.ics?h=" + UPCOMING), "an upcoming hearing offers the calendar");
    String past = visitor.get("/audiencia?h=" + PAST).body();
    assertFalse(past.contains("calendario.ics"), "a hearing held offers no calendar entry");
    assertFalse(past.contains("Transmisión"), "nor its live stream");
    assertEquals(404, visitor.get("/audiencia?h=no-existe").status());
  }

  @Test
  void aQuestionIsSentLikeAnObservationAndGetsATrackingCode() throws Exception {
    var reply =
        new Api(base, "10.55.0.1")
            .postJson(
                "/api/v1/consultations/" + UPCOMING + "-preguntas/observations",
                anObservation()
                    .with("text", "¿Cuántos créditos se aprobaron para la región Caribe?")
                    .json());
    assertEquals(201, reply.status(), reply.body());
    assertTrue(reply.json().getString("trackingCode").startsWith("OBS-"));
  }

  private static long confirmedRegistrations(String email) throws Exception {
    return TestDatabase.count(
        "SELECT COUNT(*) FROM hearing_registration WHERE email = ? AND confirmed_at IS NOT NULL",
        email);
  }

  @Test
  void registrationHoldsASeatOnlyOnceTheAddressConfirmsIt() throws Exception {
    String email = "asistente+" + UUID.randomUUID() + "@example.co";
    var done = register(new StaffClient(base), email, "ONLINE", true);
    assertTrue(done.body().contains("id=\"registration-done\""), done.body());
    assertEquals(0, confirmedRegistrations(email), "no seat before the address confirms");
    var mails = MAILBOX.mailsTo(email, Duration.ofSeconds(20));
    assertEquals(1, mails.size());
    assertFalse(
        mails.get(0).body().contains("Valentina"),
        "nothing the sender typed is mailed: " + mails.get(0).body());

    var confirmed =
        HearingForms.confirm(
            new StaffClient(base),
            "confirmar-inscripcion",
            HearingForms.secretIn(mails.get(0), "confirmar-inscripcion"));
    assertTrue(confirmed.body().contains("id=\"confirmation-done\""), confirmed.body());
    assertEquals(1, confirmedRegistrations(email));
    var afterConfirming = MAILBOX.mailsTo(email, Duration.ofSeconds(20), 2);
    assertTrue(
        afterConfirming.get(1).body().contains("/audiencia/calendario.ics?h=" + UPCOMING),
        afterConfirming.get(1).body());
  }

  @Test
  void anIncompleteRegistrationIsExplainedFirstInThePageAndItsConsentSpeaksOfTheRegistration()
      throws Exception {
    var visitor = new StaffClient(base);
    var page = visitor.get("/audiencia?h=" + UPCOMING);
    String email = "incompleta+" + UUID.randomUUID() + "@example.co";
    Map<String, String> f =
        HearingForms.registration(UPCOMING, HearingForms.token(page.body(), "reg"), "", email, "");
    f.remove("reg:consent");
    f.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    String body = visitor.postForm("/audiencia", f).body();
    int summary = body.indexOf("id=\"reg-errors\"");
    assertTrue(
        summary > body.indexOf("<main") && summary < body.indexOf("<h1"),
        "the summary comes first in <main>: " + body);
    assertTrue(body.contains("href=\"#reg:fullName\""), "each field is linked from the summary");
    assertTrue(body.contains("Para inscribirle necesitamos su autorización"), body);
    assertFalse(body.contains("recibir su observación"), "the registration is not an observation");
    assertTrue(body.contains("aria-invalid=\"true\""), "the fields say they are invalid");
    assertEquals(
        0, TestDatabase.count("SELECT COUNT(*) FROM hearing_registration WHERE email = ?", email));
  }

  @Test
  void registeringAnAddressAgainRevealsNothingToTheSenderAndTellsTheHolder() throws Exception {
    String email = "repetido+" + UUID.randomUUID() + "@example.co";
    register(new StaffClient(base), email, "ONLINE", true);
    HearingForms.confirm(
        new StaffClient(base),
        "confirmar-inscripcion",
        HearingForms.secretIn(
            MAILBOX.mailsTo(email, Duration.ofSeconds(20)).get(0), "confirmar-inscripcion"));
    var fresh =
        register(
            new StaffClient(base), "nuevo+" + UUID.randomUUID() + "@example.co", "ONLINE", true);

    var again = register(new StaffClient(base), email.toUpperCase(), "IN_PERSON", true);

    assertEquals(
        fresh.body().contains("id=\"registration-done\""),
        again.body().contains("id=\"registration-done\""));
    assertFalse(
        again.body().contains("Ya existe"), "the page says the same for a registered address");
    var mails = MAILBOX.mailsTo(email, Duration.ofSeconds(20), 3);
    assertTrue(
        mails.get(2).body().contains("ya tiene una inscripción confirmada"), mails.get(2).body());
    assertEquals(
        1, TestDatabase.count("SELECT COUNT(*) FROM hearing_registration WHERE email = ?", email));
  }

  @Test
  void aHearingFormIsActedOnOnceAndAForgedOneNever() throws Exception {
    var visitor = new StaffClient(base);
    String email = "replay+" + UUID.randomUUID() + "@example.co";
    var page = visitor.get("/audiencia?h=" + UPCOMING);
    Map<String, String> f =
        HearingForms.registration(
            UPCOMING, HearingForms.token(page.body(), "reg"), "Ana", email, "ONLINE");
    f.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    visitor.postForm("/audiencia", f);
    var replay = visitor.postForm("/audiencia", f);
    assertTrue(
        replay.body().contains("id=\"registration-done\""),
        "a replay is answered like the first post");
    assertEquals(
        1,
        TestDatabase.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", email),
        "the replayed token sent no second e-mail");

    String forgedEmail = "falso+" + UUID.randomUUID() + "@example.co";
    var forged = register(new StaffClient(base), forgedEmail, "ONLINE", false);
    assertTrue(forged.body().contains("El formulario no es válido"), forged.body());
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM hearing_registration WHERE email = ?", forgedEmail));
  }

  @Test
  void aFullModeRefusesNewRegistrations() throws Exception {
    // A hearing of its own whose hall is full (no seats), so the demo hearing keeps its seats for
    // the others.
    var full = TestHearings.copyOf(UPCOMING).inPersonCapacity(0).make();
    String email = "lleno+" + UUID.randomUUID() + "@example.co";
    var refused =
        HearingForms.register(
            new StaffClient(base), full.slug(), "Valentina Suárez", email, "IN_PERSON", true);
    assertTrue(refused.body().contains("No quedan cupos"), refused.body());
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM hearing_registration WHERE hearing_id = ?", full.id()));
  }

  private static StaffClient.Page evaluate(StaffClient visitor, String hearing, String email) {
    return evaluate(visitor, hearing, email, "4");
  }

  private static StaffClient.Page evaluate(
      StaffClient visitor, String hearing, String email, String clarity) {
    var page = visitor.get("/audiencia?h=" + hearing);
    assertTrue(page.body().contains("id=\"survey\""), "the survey is open after the hearing");
    Map<String, String> f = new LinkedHashMap<>();
    f.put("survey", "survey");
    f.put("h", hearing);
    f.put("survey:token", HearingForms.token(page.body(), "survey"));
    f.put("survey:email", email);
    if (clarity != null) {
      f.put("survey:clarity", clarity);
    }
    f.put("survey:usefulness", "5");
    f.put("survey:answered", "YES");
    f.put("survey:comment", "Muy clara. Mi teléfono es 310 555 0000.");
    f.put("survey:submit", "Enviar");
    f.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    return visitor.postForm("/audiencia", f);
  }

  private static long confirmedEvaluations(String hearing) throws Exception {
    return TestDatabase.count(
        "SELECT COUNT(*) FROM hearing_survey_response s JOIN hearing h ON s.hearing_id = h.id"
            + " WHERE h.slug = ? AND s.confirmed_at IS NOT NULL",
        hearing);
  }

  @Test
  void aSurveyWithoutAGradeSaysSoOnItsRadioGroup() throws Exception {
    String held = TestHearings.copyOf(PAST).surveyOpenForADay().make().slug();
    var page = new StaffClient(base).get("/audiencia?h=" + held);
    assertTrue(
        page.body().contains("id=\"clarity-group\" role=\"radiogroup\""),
        "a radio group is a fieldset with its role: " + page.body());

    var refused =
        evaluate(
            new StaffClient(base), held, "sin-nota+" + UUID.randomUUID() + "@example.co", null);
    String html = refused.body();
    assertFalse(html.contains("id=\"survey-done\""), "nothing was received");
    assertTrue(
        html.contains(
            "<p id=\"clarity-error\" class=\"field__error\">Califique la claridad y la utilidad"
                + " de 1 a 5.</p>"),
        html);
    String group = html.substring(html.indexOf("id=\"clarity-group\""));
    group = group.substring(0, group.indexOf('>'));
    assertTrue(group.contains("aria-invalid=\"true\""), group);
    assertTrue(group.contains("aria-describedby=\"clarity-error\""), group);
  }

  @Test
  void theSurveyCountsOneConfirmedResponsePerPerson() throws Exception {
    String email = "evaluador+" + UUID.randomUUID() + "@example.co";
    // A held hearing of its own whose survey is still open, whatever the demo hearing's dates are.
    String held = TestHearings.copyOf(PAST).surveyOpenForADay().make().slug();
    long before = confirmedEvaluations(held);

    var first = evaluate(new StaffClient(base), held, email);
    assertTrue(first.body().contains("id=\"survey-done\""), first.body());
    assertEquals(before, confirmedEvaluations(held), "an unconfirmed evaluation does not count");
    var link = MAILBOX.mailsTo(email, Duration.ofSeconds(20)).get(0);
    var confirmed =
        HearingForms.confirm(
            new StaffClient(base),
            "confirmar-evaluacion",
            HearingForms.secretIn(link, "confirmar-evaluacion"));
    assertTrue(confirmed.body().contains("id=\"confirmation-done\""), confirmed.body());
    assertEquals(before + 1, confirmedEvaluations(held));

    var second = evaluate(new StaffClient(base), held, email);
    assertTrue(
        second.body().contains("id=\"survey-done\""), "the page says the same the second time");
    assertTrue(
        MAILBOX
            .mailsTo(email, Duration.ofSeconds(20), 2)
            .get(1)
            .body()
            .contains("ya confirmó una"));
    assertEquals(before + 1, confirmedEvaluations(held));
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM hearing_survey_response WHERE respondent_key LIKE ?", "%@%"),
        "the e-mail itself is never stored");
  }

  @Test
  void theMemoriaAndTheApiShowQuestionsAndAnswersWithoutPersonalData() throws Exception {
    var visitor = new StaffClient(base);
    String memoria = visitor.get("/audiencia-memoria?h=" + PAST).body();
    String pdf =
        new String(
            download("/audiencia/memoria.pdf?h=" + PAST).body(),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(pdf.startsWith("%PDF-"));
    JsonObject api = new Api(base).get("/api/v1/hearings/" + PAST).json();
    String apiText = api.toString();
    assertTrue(
        memoria.contains("Compromisos de mejora")
            && memoria.contains("Presentar el avance del PAAC por regiones"));
    assertTrue(
        apiText.contains("\"questions\":[") && api.getJsonArray("questions").size() >= 4, apiText);
    for (String shown : List.of(memoria, apiText)) {
      assertFalse(shown.contains("carlos.perez@correo.com"), "no e-mail");
      assertFalse(shown.contains("300 123 4567"), "no phone");
      assertFalse(shown.contains("Carlos Pérez"), "no name without consent");
      assertFalse(shown.contains("demo+audiencia"), "no author e-mail");
      assertTrue(shown.contains("Laura Gómez"), "a name shown with consent");
    }
    assertTrue(new Api(base).get("/api/v1/hearings").json().getInt("total") >= 2);
  }

  @Test
  void staffPagesFollowTheRolesAndARepublishedMemoriaKeepsItsFirstVersion() throws Exception {
    var moderator = new StaffClient(base);
    moderator.signIn("moderador@participa.test", StaffClient.DEMO_PASSWORD);
    assertEquals(403, moderator.get("/admin/audiencias/").status());

    var editor = new StaffClient(base);
    editor.signIn("editor@participa.test", StaffClient.DEMO_PASSWORD);
    var page = editor.get("/admin/audiencias/");
    assertEquals(200, page.status());
    Map<String, String> f = new LinkedHashMap<>();
    f.put("create", "create");
    f.put("create:title", "Audiencia de prueba " + UUID.randomUUID().toString().substring(0, 8));
    f.put("create:summary", "Audiencia creada por la prueba.");
    f.put("create:year", "2027");
    f.put("create:startsAt", "2027-03-10T09:00");
    f.put("create:endsAt", "2027-03-10T12:00");
    f.put("create:place", "Bogotá");
    f.put("create:streamUrl", "");
    f.put("create:inPerson", "50");
    f.put("create:online", "500");
    f.put("create:office", "Oficina Asesora de Planeación");
    f.put("create:questionsOpen", "2027-02-01T00:00");
    f.put("create:questionsClose", "2027-03-05T00:00");
    f.put("create:save", "Crear");
    f.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    var created = editor.postForm("/admin/audiencias/", f);
    assertTrue(created.body().contains("La audiencia quedó creada"), created.body());
    assertTrue(
        TestDatabase.count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'HEARING_CREATED' AND actor = 'editor@participa.test'")
            >= 1);

    // A held hearing of its own, so the demo hearing's memoria stays as the other checks read it.
    var held = TestHearings.copyOf(PAST).make();
    var approver = new StaffClient(base);
    approver.signIn("aprobador@participa.test", StaffClient.DEMO_PASSWORD);
    assertTrue(
        publishMemoria(
                approver,
                held.id(),
                "La audiencia se realizó con asistencia.",
                "Compromisos de mejora.")
            .contains("Se publicó la versión 1"));
    String second =
        publishMemoria(
            approver, held.id(), "Segunda versión del resumen.", "Compromisos revisados.");
    assertTrue(second.contains("Se publicó la versión 2"), second);
    var visitor = new StaffClient(base);
    assertTrue(
        visitor
            .get("/audiencia-memoria?h=" + held.slug())
            .body()
            .contains("Segunda versión del resumen."));
    assertTrue(
        visitor
            .get("/audiencia-memoria?h=" + held.slug() + "&v=1")
            .body()
            .contains("La audiencia se realizó con asistencia"),
        "version 1 stays readable");
  }

  private static String publishMemoria(
      StaffClient approver, long hearing, String summary, String commitments) {
    var page = approver.get("/admin/audiencias/?id=" + hearing);
    assertEquals(200, page.status());
    Map<String, String> m = new LinkedHashMap<>();
    m.put("memoria", "memoria");
    m.put("memoria:summary", summary);
    m.put("memoria:commitments", commitments);
    m.put("memoria:publish", "Publicar");
    m.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    return approver.postForm("/admin/audiencias/?id=" + hearing, m).body();
  }

  @Test
  void editorsChangeCapacitiesAndModeratorsRegisterQuestionsAskedLive() throws Exception {
    var editor = new StaffClient(base);
    editor.signIn("editor@participa.test", StaffClient.DEMO_PASSWORD);
    var hearing = TestHearings.copyOf(UPCOMING).make();
    long id = hearing.id();
    var page = editor.get("/admin/audiencias/?id=" + id);
    var inPerson =
        java.util.regex.Pattern.compile(
                "id=\"windows:registrationClosesAt\"[^>]*value=\"([^\"]+)\"")
            .matcher(page.body());
    assertTrue(inPerson.find(), "the form shows the current closing time");
    Map<String, String> w = new LinkedHashMap<>();
    w.put("windows", "windows");
    w.put("windows:inPerson", "151");
    w.put("windows:online", "2000");
    w.put("windows:registrationClosesAt", inPerson.group(1));
    var survey =
        java.util.regex.Pattern.compile("id=\"windows:surveyClosesAt\"[^>]*value=\"([^\"]+)\"")
            .matcher(page.body());
    assertTrue(survey.find());
    w.put("windows:surveyClosesAt", survey.group(1));
    w.put("windows:save", "Guardar");
    w.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    var saved = editor.postForm("/admin/audiencias/?id=" + id, w);
    assertTrue(saved.body().contains("Los cupos y plazos quedaron actualizados"), saved.body());
    assertEquals(
        151, TestDatabase.count("SELECT in_person_capacity FROM hearing WHERE id = ?", id));

    var moderator = new StaffClient(base);
    moderator.signIn("moderador@participa.test", StaffClient.DEMO_PASSWORD);
    long questions =
        TestDatabase.count("SELECT id FROM consultation WHERE slug = ?", PAST + "-preguntas");
    var form = moderator.get("/admin/observaciones/registrar.xhtml");
    Map<String, String> r = new LinkedHashMap<>();
    r.put("reg", "reg");
    r.put("reg:consultation", Long.toString(questions));
    r.put("reg:channel", "HEARING");
    r.put(
        "reg:receivedOn",
        java.time.LocalDate.now(java.time.ZoneId.of("America/Bogota")).toString());
    r.put("reg:authorName", "Pregunta en sala");
    r.put("reg:email", "");
    r.put("reg:group", "CIUDADANO");
    r.put("reg:department", "11");
    r.put("reg:text", "¿Cuándo abre la convocatoria de 2027?");
    r.put("reg:consent", "true");
    r.put("reg:save", "Registrar");
    r.put("jakarta.faces.ViewState", StaffClient.viewState(form.body()));
    var registered = moderator.postForm("/admin/observaciones/registrar.xhtml", r);
    assertEquals(
        302,
        registered.status(),
        "a question asked live is registered after the online window: " + registered.body());
  }
}
