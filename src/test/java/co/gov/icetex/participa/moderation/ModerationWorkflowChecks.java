package co.gov.icetex.participa.moderation;

import static co.gov.icetex.participa.testing.ObservationJsonBuilder.anObservation;
import static co.gov.icetex.participa.testing.StaffSteps.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.time.BusinessCalendar;
import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.Eventually;
import co.gov.icetex.participa.testing.Mailbox;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.PortalClock;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestConsultations;
import co.gov.icetex.participa.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The staff workflow on the real stack, through the staff pages as each demo role: triage,
 * assignment, answers, approval, publication, deadlines in Colombian business days, the spreadsheet
 * import, and the e-mails authors receive (GreenMail).
 */
public abstract class ModerationWorkflowChecks {

  private static final String OPEN = "paac-2020";
  private static final Mailbox MAILBOX = new Mailbox();
  private static final String PASSWORD = StaffClient.DEMO_PASSWORD;
  private static final Duration MAIL_WAIT = Duration.ofSeconds(20);

  protected final URL base = Portal.url();

  @BeforeAll
  static void startMail() {
    MAILBOX.start();
  }

  @AfterAll
  static void stopMail() {
    MAILBOX.stop();
  }

  // --- helpers (the staff's steps are in testing/StaffSteps)
  // -----------------------------------------

  private String submit(String email) {
    return submit(OPEN, email);
  }

  private String submit(String consultation, String email) {
    var api =
        new Api(base, "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
    var reply =
        api.postJson(
            "/api/v1/consultations/" + consultation + "/observations",
            anObservation().with("email", email).json());
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getString("trackingCode");
  }

  private static String newEmail(String who) {
    return who + "+" + UUID.randomUUID() + "@example.co";
  }

  private static String status(String code) throws Exception {
    try (var c = TestDatabase.connect();
        var s = c.prepareStatement("SELECT status FROM observation WHERE tracking_code = ?")) {
      s.setString(1, code);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  private static LocalDate dueDate(String code) throws Exception {
    try (var c = TestDatabase.connect();
        var s =
            c.prepareStatement(
                "SELECT COALESCE(extended_due_date, due_date) FROM observation WHERE tracking_code = ?")) {
      s.setString(1, code);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        Date d = r.getDate(1);
        return d.toLocalDate();
      }
    }
  }

  private JsonObject lookup(String code, String email) {
    var reply =
        new Api(base)
            .postJson(
                "/api/v1/observations/lookup",
                Json.createObjectBuilder()
                    .add("trackingCode", code)
                    .add("email", email)
                    .build()
                    .toString());
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  // --- tests -------------------------------------------------------------------------------------

  @Test
  void aGroupAnswerGoesFromDraftToApprovalToPublicationAndTheAuthorReadsIt() throws Exception {
    String email = newEmail("grupo");
    String first = submit(email);
    String second = submit(email);
    assign(as(base, "moderador@participa.test"), first, second);
    assertEquals("ASSIGNED", status(first));

    var responder = as(base, "respuestas@participa.test");
    var drafted =
        draft(
            responder,
            first,
            "PARTIALLY_ACCEPTED",
            "Incorporamos <b>metas</b> trimestrales.",
            second);
    assertTrue(drafted.body().contains("pasó a aprobación"), drafted.body());
    assertEquals("DRAFTED", status(first));
    assertEquals("DRAFTED", status(second), "one answer serves the whole group");
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(DISTINCT answer_id) FROM observation WHERE tracking_code IN (?, ?)",
            first,
            second));

    var approver = as(base, "aprobador@participa.test");
    var returned =
        postOnPage(
            approver,
            review(first),
            "approval",
            Map.of("return", "Devolver", "comment", ""),
            List.of());
    assertTrue(returned.body().contains("Escriba qué debe ajustarse"), "a return needs a comment");
    assertEquals("DRAFTED", status(first));
    postOnPage(
        approver,
        review(first),
        "approval",
        Map.of("return", "Devolver", "comment", "Citar la meta exacta."),
        List.of());
    assertEquals("RETURNED", status(second));

    draft(
        responder,
        first,
        "PARTIALLY_ACCEPTED",
        "Incorporamos <b>metas</b> trimestrales en la actividad 1.2.");
    assertEquals("DRAFTED", status(second));
    assertTrue(approve(approver, first).body().contains("fue aprobada"));
    assertEquals("APPROVED", status(second));
    JsonObject beforePublication = lookup(first, email);
    assertTrue(
        !beforePublication.containsKey("answer") || beforePublication.isNull("answer"),
        "an approved answer is still internal until it is published");

    var published =
        postOnPage(
            approver, review(first), "publication", Map.of("publish", "Publicar"), List.of());
    assertTrue(published.body().contains("fue publicada"), published.body());
    assertEquals("PUBLISHED", status(first));
    assertEquals("PUBLISHED", status(second));

    List<Mailbox.Mail> mails =
        MAILBOX.mailsTo(email, MAIL_WAIT).stream()
            .filter(m -> m.subject().startsWith("Ya está publicada"))
            .toList();
    assertEquals(1, mails.size(), "one e-mail for the author of both observations");
    assertTrue(
        mails.get(0).body().contains(first) && mails.get(0).body().contains(second),
        mails.get(0).body());

    JsonObject seen = lookup(second, email);
    assertEquals("PUBLISHED", seen.getString("status"));
    assertEquals("PARTIALLY_ACCEPTED", seen.getJsonObject("answer").getString("outcome"));
    assertTrue(
        seen.getJsonObject("answer").getString("text").contains("<b>metas</b>"),
        "kept as plain text");
    var page = new StaffClient(base).get("/seguimiento?codigo=" + second);
    assertTrue(
        page.body().contains("value=\"" + second + "\""), "the e-mail link fills in the code");

    String answerId =
        Long.toString(
            TestDatabase.count("SELECT answer_id FROM observation WHERE tracking_code = ?", first));
    assertEquals(
        2,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE target_id = ? "
                + "AND action IN ('OBSERVATION_ASSIGNED','ANSWER_DRAFTED')",
            first));
    assertEquals(
        5,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE target_type = 'Answer' AND target_id = ? "
                + "AND action IN ('ANSWER_DRAFTED','ANSWER_RETURNED','ANSWER_REDRAFTED','ANSWER_APPROVED','ANSWER_PUBLISHED')",
            answerId),
        "every step of the answer is audited");
  }

  @Test
  void aRejectionNeedsAReasonWhichTheAuthorReceivesAndSees() throws Exception {
    String email = newEmail("rechazo");
    String code = submit(email);
    var moderator = as(base, "moderador@participa.test");
    var refused =
        postOnPage(
            moderator,
            review(code),
            "triage",
            Map.of("decision", "OUT_OF_SCOPE", "reason", "", "save", "Guardar"),
            List.of());
    assertTrue(refused.body().contains("Escriba el motivo"), refused.body());
    assertTrue(
        refused.body().contains("id=\"triage-errors\""), "the triage form has its own summary");
    assertTrue(
        refused.body().contains("id=\"reason-error\""), "the rule is shown at the reason field");
    assertEquals("RECEIVED", status(code), "nothing changed");

    postOnPage(
        moderator,
        review(code),
        "triage",
        Map.of(
            "decision",
            "OUT_OF_SCOPE",
            "reason",
            "Trata sobre un crédito particular, no sobre el plan.",
            "save",
            "Guardar"),
        List.of());
    assertEquals("REJECTED", status(code));
    var mails =
        MAILBOX.mailsTo(email, MAIL_WAIT).stream()
            .filter(m -> m.subject().contains("no fue admitida"))
            .toList();
    assertEquals(1, mails.size());
    assertTrue(mails.get(0).body().contains("Trata sobre un crédito particular"));
    assertEquals(
        "Trata sobre un crédito particular, no sobre el plan.",
        lookup(code, email).getString("reason"));
  }

  @Test
  void aDuplicateIsLinkedToItsOriginalAndAPetitionGetsItsOwnLegalTerm() throws Exception {
    String original = submit(newEmail("original"));
    String copyEmail = newEmail("copia");
    String copy = submit(copyEmail);
    var moderator = as(base, "moderador@participa.test");
    postOnPage(
        moderator,
        review(copy),
        "triage",
        Map.of(
            "decision",
            "DUPLICATE",
            "reason",
            "Repite la observación anterior.",
            "duplicateOf",
            original,
            "save",
            "Guardar"),
        List.of());
    assertEquals("REJECTED", status(copy));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM observation c JOIN observation o ON c.duplicate_of_id = o.id WHERE c.tracking_code = ? AND o.tracking_code = ?",
            copy,
            original));

    String petition = submit(newEmail("peticion"));
    LocalDate generalDue = dueDate(petition);
    postOnPage(
        moderator,
        review(petition),
        "triage",
        Map.of(
            "decision",
            "PETITION",
            "reason",
            "Solicita copia de su estado de cuenta.",
            "petitionKind",
            "INFORMATION",
            "save",
            "Guardar"),
        List.of());
    assertEquals("REDIRECTED", status(petition));
    assertTrue(
        dueDate(petition).isBefore(generalDue),
        "10 business days for an information request, not 15");
  }

  @Test
  void dueDatesSkipSemanaSantaAndAMondayMovedByLeyEmiliani() throws Exception {
    // Observations typed in from letters received on known dates, into a consultation open since
    // then.
    var letters = TestConsultations.openSince(LocalDate.of(2026, 1, 1));
    var moderator = as(base, "moderador@participa.test");
    // Friday 27 March 2026 + 15 business days: Jueves and Viernes Santo (2-3 April) do not count →
    // 21 April.
    assertEquals(
        LocalDate.of(2026, 4, 21), dueDate(register(moderator, letters.id(), "2026-03-27")));
    // Friday 14 August 2026 + 15: Monday 17 August (Asunción, moved by Ley Emiliani) does not count
    // → 7 September.
    assertEquals(
        LocalDate.of(2026, 9, 7), dueDate(register(moderator, letters.id(), "2026-08-14")));
  }

  @Test
  void onEachBusinessDayEachStaffMemberIsRemindedOnceOfTheOverdueAnswersInTheirCare()
      throws Exception {
    // Two letters received long ago, so both are overdue and listed before anything newer.
    var letters = TestConsultations.openSince(LocalDate.of(2025, 1, 1));
    var moderator = as(base, "moderador@participa.test");
    String assigned = register(moderator, letters.id(), "2025-01-02");
    String unassigned = register(moderator, letters.id(), "2025-01-02");
    assign(moderator, assigned);

    // The portal is moved to business days after today, which no run has seen yet, whatever today
    // is
    // (the test portal looks every 2 seconds, from 0:00).
    var calendar = new BusinessCalendar();
    LocalDate firstDay = nextBusinessDay(calendar, LocalDate.now(AppClock.BOGOTA));
    LocalDate secondDay = nextBusinessDay(calendar, firstDay);
    try (var clock = PortalClock.setTo(firstDay, LocalTime.NOON)) {
      awaitRemindersOf(firstDay);
      Mailbox.Mail responder = reminderTo("respuestas@participa.test", assigned);
      assertTrue(responder.subject().startsWith("Plazos de respuesta, "), responder.subject());
      assertTrue(
          responder.body().contains("/admin/observaciones/ver.xhtml?codigo=" + assigned),
          responder.body());
      assertFalse(
          responder.body().contains(unassigned),
          "a responder is reminded of their office's observations only");
      Mailbox.Mail moderatorMail = reminderTo("moderador@participa.test", unassigned);
      assertFalse(
          moderatorMail.body().contains(assigned), "a moderator, of those no office has yet");
      Mailbox.Mail approver = reminderTo("aprobador@participa.test", assigned);
      assertTrue(approver.body().contains(unassigned), "an approver, of all");
      assertEquals(
          0,
          TestDatabase.count(
              "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'DEADLINE_REMINDER' AND recipient = ?",
              "editor@participa.test"),
          "an editor has no answers in their care");

      clock.set(secondDay, LocalTime.NOON);
      awaitRemindersOf(secondDay);
    }
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM scheduled_job_run WHERE job = 'DEADLINE_REMINDERS' AND run_on = ?",
            firstDay),
        "the first day's reminders went out once, though the portal looked again every 2 seconds");
    assertEquals(
        2,
        TestDatabase.count(
            "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'DEADLINE_REMINDER' AND recipient = ? AND body_text LIKE ?",
            "respuestas@participa.test",
            "%" + assigned + "%"),
        "one reminder per person per day: a second only as the day changed");
    assertEquals(
        TestDatabase.count("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'DEADLINE_REMINDER'"),
        TestDatabase.count(
            "SELECT SUM(items) FROM scheduled_job_run WHERE job = 'DEADLINE_REMINDERS'"),
        "each run records its e-mails");
  }

  private static LocalDate nextBusinessDay(BusinessCalendar calendar, LocalDate after) {
    LocalDate day = after.plusDays(1);
    while (!calendar.isBusinessDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static void awaitRemindersOf(LocalDate day) throws Exception {
    Eventually.until(
        () ->
            TestDatabase.count(
                    "SELECT COUNT(*) FROM scheduled_job_run WHERE job = 'DEADLINE_REMINDERS' AND run_on = ?",
                    day)
                == 1,
        MAIL_WAIT,
        "the deadline reminders of " + day);
    Eventually.until(
        () ->
            TestDatabase.count(
                    "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'DEADLINE_REMINDER' AND sent_at IS NULL")
                == 0,
        MAIL_WAIT,
        "the deadline reminders of " + day + " leave the outbox (before the clock moves again)");
  }

  /** The deadline reminder to {@code address} that lists {@code code}, waiting for it. */
  private static Mailbox.Mail reminderTo(String address, String code) throws Exception {
    var found = new ArrayList<Mailbox.Mail>();
    Eventually.until(
        () -> {
          found.clear();
          MAILBOX.arrived(address).stream()
              .filter(m -> m.subject().startsWith("Plazos de respuesta") && m.body().contains(code))
              .forEach(found::add);
          return !found.isEmpty();
        },
        MAIL_WAIT,
        "a reminder to " + address + " listing " + code);
    assertEquals(1, found.size(), "reminders to " + address + " listing " + code);
    return found.get(0);
  }

  private String register(StaffClient moderator, long consultation, String receivedOn)
      throws Exception {
    String email = newEmail("carta");
    var page =
        postOnPage(
            moderator,
            "/admin/observaciones/registrar.xhtml",
            "reg",
            Map.of(
                "consultation",
                Long.toString(consultation),
                "channel",
                "LETTER",
                "receivedOn",
                receivedOn,
                "authorName",
                "Carlos Carta",
                "email",
                email,
                "group",
                "EGRESADO",
                "department",
                "11",
                "text",
                "Observación recibida por carta.",
                "consent",
                "true",
                "save",
                "Registrar"),
            List.of());
    assertEquals(302, page.status(), page.body());
    String code = page.location().substring(page.location().indexOf("codigo=") + 7);
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM observation WHERE tracking_code = ? AND channel = 'LETTER' AND registered_by = ?",
            code,
            "moderador@participa.test"));
    return code;
  }

  @Test
  void anExtensionIsRefusedBeyondDoubleTheTermAndOtherwiseNotifiesTheAuthor() throws Exception {
    String email = newEmail("prorroga");
    String code = submit(email);
    LocalDate due = dueDate(code);
    var approver = as(base, "aprobador@participa.test");
    var tooLate =
        postOnPage(
            approver,
            review(code),
            "extension",
            Map.of(
                "date",
                due.plusDays(60).toString(),
                "reason",
                "Requiere concepto jurídico.",
                "send",
                "Ampliar"),
            List.of());
    assertTrue(tooLate.body().contains("no puede superar el doble"), tooLate.body());
    assertEquals(due, dueDate(code));

    postOnPage(
        approver,
        review(code),
        "extension",
        Map.of(
            "date",
            due.plusDays(5).toString(),
            "reason",
            "Requiere concepto jurídico.",
            "send",
            "Ampliar"),
        List.of());
    assertEquals(due.plusDays(5), dueDate(code));
    var mails =
        MAILBOX.mailsTo(email, MAIL_WAIT).stream()
            .filter(m -> m.subject().startsWith("Ampliación"))
            .toList();
    assertEquals(1, mails.size());
    assertTrue(mails.get(0).body().contains("Requiere concepto jurídico."));
  }

  @Test
  void batchPublicationEmailsEachAuthorExactlyOnce() throws Exception {
    // Its own consultation: publishing every approved answer of paac-2020 would publish other
    // checks' answers.
    var own = TestConsultations.openSince(LocalDate.of(2026, 1, 1));
    String ana = newEmail("ana");
    String beto = newEmail("beto");
    List<String> codes =
        List.of(submit(own.slug(), ana), submit(own.slug(), ana), submit(own.slug(), beto));
    assign(as(base, "moderador@participa.test"), codes.toArray(String[]::new));
    var responder = as(base, "respuestas@participa.test");
    for (String code : codes) {
      draft(responder, code, "ACCEPTED", "Gracias; se incorporó en la versión final.");
    }
    var approver = as(base, "aprobador@participa.test");
    for (String code : codes) {
      approve(approver, code);
      assertEquals("APPROVED", status(code));
    }
    var page =
        postOnPage(
            approver,
            "/admin/respuestas/",
            "sheet",
            Map.of("consultation", Long.toString(own.id()), "publishApproved", "Publicar"),
            List.of());
    assertTrue(page.body().contains("cada autor una sola vez"), page.body());
    for (String code : codes) {
      assertEquals("PUBLISHED", status(code));
    }
    assertEquals(
        1,
        MAILBOX.mailsTo(ana, MAIL_WAIT).stream()
            .filter(m -> m.subject().startsWith("Ya está publicada"))
            .count());
    assertEquals(
        1,
        MAILBOX.mailsTo(beto, MAIL_WAIT).stream()
            .filter(m -> m.subject().startsWith("Ya está publicada"))
            .count());
  }

  @Test
  void aSpreadsheetWithOneBadRowSavesNothingAndAGoodOneSavesEveryAnswer() throws Exception {
    String good = submit(newEmail("hoja"));
    String other = submit(newEmail("hoja"));
    assign(as(base, "moderador@participa.test"), good, other);
    long consultation = TestDatabase.count("SELECT id FROM consultation WHERE slug = ?", OPEN);
    var responder = as(base, "respuestas@participa.test");

    byte[] bad =
        sheet(
            new String[] {good, "No aceptada", "No es viable este año."},
            new String[] {other, "Tal vez", "Lo revisaremos."});
    var preview = upload(responder, consultation, bad);
    assertTrue(preview.body().contains("no es válido"), "the bad row is named: " + preview.body());
    assertFalse(preview.body().contains("sheet:confirm"), "no way to save an invalid file");
    assertEquals("ASSIGNED", status(good), "nothing saved");
    assertEquals("ASSIGNED", status(other));

    byte[] fine =
        sheet(
            new String[] {good, "No aceptada", "No es viable este año."},
            new String[] {other, "Parcialmente aceptada", "Se ajusta la meta."});
    var checked = upload(responder, consultation, fine);
    assertTrue(checked.body().contains("sheet:confirm"), checked.body());
    Map<String, String> confirm = new LinkedHashMap<>();
    confirm.put("sheet", "sheet");
    confirm.put("sheet:confirm", "Guardar");
    confirm.put("jakarta.faces.ViewState", StaffClient.viewState(checked.body()));
    var saved =
        responder.postMultipart("/admin/respuestas/", confirm, "sheet:file", "", new byte[0]);
    assertTrue(saved.body().contains("Se guardaron 2 respuestas"), saved.body());
    assertEquals("DRAFTED", status(good));
    assertEquals("DRAFTED", status(other));
  }

  private StaffClient.Page upload(StaffClient responder, long consultation, byte[] file) {
    var shown = responder.get("/admin/respuestas/");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("sheet", "sheet");
    fields.put("sheet:consultation", Long.toString(consultation));
    fields.put("sheet:check", "Revisar");
    fields.put("jakarta.faces.ViewState", StaffClient.viewState(shown.body()));
    var page =
        responder.postMultipart(
            "/admin/respuestas/", fields, "sheet:file", "respuestas.xlsx", file);
    assertEquals(200, page.status(), page.body());
    return page;
  }

  private static byte[] sheet(String[]... rows) throws Exception {
    try (var workbook = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("Respuestas");
      String[] headers = {
        "Código",
        "Consulta",
        "Parte",
        "Observación",
        "Dependencia",
        "Estado",
        "Vence",
        "Resultado",
        "Respuesta"
      };
      var header = sheet.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        header.createCell(i).setCellValue(headers[i]);
      }
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r + 1);
        row.createCell(0).setCellValue(rows[r][0]);
        row.createCell(7).setCellValue(rows[r][1]);
        row.createCell(8).setCellValue(rows[r][2]);
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
