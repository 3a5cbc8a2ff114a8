package co.gov.icetex.participa.staff;

import static co.gov.icetex.participa.testing.ObservationJsonBuilder.anObservation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The role table, checked on the server: every staff page is requested as each role and as an
 * anonymous visitor, and staff actions are posted by roles that may not take them. The expected
 * table is written here by hand, from the product brief, so a change to web.xml or a service's
 * roles shows up as a failure rather than silently widening access.
 */
public abstract class AuthorizationMatrixChecks {

  private static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

  static {
    ACCOUNTS.put("ADMIN", "admin@participa.test");
    ACCOUNTS.put("EDITOR", "editor@participa.test");
    ACCOUNTS.put("MODERATOR", "moderador@participa.test");
    ACCOUNTS.put("RESPONDER", "respuestas@participa.test");
    ACCOUNTS.put("APPROVER", "aprobador@participa.test");
  }

  private static final Set<String> ALL = ACCOUNTS.keySet();
  private static final Set<String> ANSWERING = Set.of("MODERATOR", "RESPONDER", "APPROVER");

  /** Page → the roles that may open it. */
  private static final Map<String, Set<String>> PAGES = new LinkedHashMap<>();

  static {
    PAGES.put("/admin/", ALL);
    PAGES.put("/admin/auditoria/", Set.of("ADMIN"));
    PAGES.put("/admin/cuentas/", Set.of("ADMIN"));
    PAGES.put("/admin/dependencias/", Set.of("ADMIN"));
    PAGES.put("/admin/datos-personales/", Set.of("ADMIN"));
    PAGES.put("/admin/consultas/", Set.of("EDITOR"));
    PAGES.put("/admin/observaciones/", ANSWERING);
    PAGES.put("/admin/observaciones/plazos.xhtml", ANSWERING);
    PAGES.put("/admin/observaciones/campanas.xhtml", ANSWERING);
    PAGES.put("/admin/observaciones/registrar.xhtml", Set.of("MODERATOR"));
    PAGES.put("/admin/respuestas/", Set.of("RESPONDER", "APPROVER"));
    PAGES.put("/admin/respuestas/exportar?consulta=1", Set.of("RESPONDER", "APPROVER"));
    PAGES.put("/admin/informes/", Set.of("APPROVER"));
    PAGES.put("/admin/audiencias/", Set.of("EDITOR", "APPROVER"));
  }

  protected final URL base = Portal.url();

  @Test
  void everyStaffPageIsOpenToItsRolesOnlyAndAnonymousVisitorsAreSentToSignIn() {
    List<String> wrong = new ArrayList<>();
    var anonymous = new StaffClient(base);
    PAGES
        .keySet()
        .forEach(
            page -> {
              var reply = anonymous.get(page);
              if (reply.status() != 302 || !reply.location().endsWith("/ingreso")) {
                wrong.add("anonymous " + page + " -> " + reply.status());
              }
            });
    ACCOUNTS.forEach(
        (role, email) -> {
          var staff = new StaffClient(base);
          assertEquals(302, staff.signIn(email, StaffClient.DEMO_PASSWORD).status());
          PAGES.forEach(
              (page, allowed) -> {
                int expected = allowed.contains(role) ? 200 : 403;
                int actual = staff.get(page).status();
                if (actual != expected) {
                  wrong.add(role + " " + page + " -> " + actual + " (expected " + expected + ")");
                }
              });
        });
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void actionsPostedByRolesThatMayNotTakeThemChangeNothing() throws Exception {
    String code =
        new Api(base, "10.77.1.1")
            .postJson("/api/v1/consultations/paac-2020/observations", anObservation().json())
            .json()
            .getString("trackingCode");
    String page = "/admin/observaciones/ver.xhtml?codigo=" + code;
    // A responder does not see an observation that is not assigned to their office: the staff
    // page says so (403), with nothing of the observation.
    var responder = new StaffClient(base);
    responder.signIn(ACCOUNTS.get("RESPONDER"), StaffClient.DEMO_PASSWORD);
    var hidden = responder.get(page);
    assertEquals(403, hidden.status());
    assertTrue(hidden.body().contains("todavía no está asignada"), hidden.body());
    // An approver can open it but may not triage or assign it.
    for (String role : List.of("APPROVER")) {
      var staff = new StaffClient(base);
      staff.signIn(ACCOUNTS.get(role), StaffClient.DEMO_PASSWORD);
      post(
          staff,
          page,
          "triage",
          Map.of(
              "triage:decision",
              "SPAM",
              "triage:reason",
              "x",
              "triage:save",
              "Guardar",
              "codigo",
              code));
      post(
          staff,
          page,
          "assign",
          Map.of("assign:office", "1", "assign:save", "Asignar", "codigo", code));
      assertEquals(
          0,
          TestDatabase.count(
              "SELECT COUNT(*) FROM observation WHERE tracking_code = ? AND status <> 'RECEIVED'",
              code),
          role);
    }
    // A moderator may not draft or approve answers, nor publish them in a batch.
    var moderator = new StaffClient(base);
    moderator.signIn(ACCOUNTS.get("MODERATOR"), StaffClient.DEMO_PASSWORD);
    post(
        moderator,
        page,
        "draft",
        Map.of(
            "draft:outcome",
            "ACCEPTED",
            "draft:text",
            "x",
            "draft:save",
            "Guardar",
            "codigo",
            code));
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM observation WHERE tracking_code = ? AND answer_id IS NOT NULL",
            code));
    assertEquals(
        403,
        moderator
            .postForm("/admin/respuestas/", Map.of("sheet", "sheet", "sheet:publishApproved", "x"))
            .status());
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE target_id = ? AND action <> 'OBSERVATION_REGISTERED'",
            code),
        "no refused action left a trace of success");
  }

  private static void post(
      StaffClient staff, String page, String form, Map<String, String> fields) {
    var shown = staff.get(page);
    assertEquals(200, shown.status());
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put(form, form);
    all.put("jakarta.faces.ViewState", StaffClient.viewState(shown.body()));
    int status = staff.postForm(page, all).status();
    assertTrue(status == 200 || status == 403, form + " answered " + status);
  }
}
