package co.gov.icetex.participa.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import java.net.URL;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Staff sign-in, roles on staff pages, lockout and the append-only audit trail, on the real stack.
 */
public abstract class StaffSignInChecks {

  private static final List<String> DEMO_ACCOUNTS =
      List.of(
          "admin@participa.test",
          "editor@participa.test",
          "moderador@participa.test",
          "respuestas@participa.test",
          "aprobador@participa.test");

  protected final URL base = Portal.url();

  @Test
  void anonymousVisitorsAreSentToSignIn() {
    for (String page : List.of("/admin/", "/admin/index.xhtml", "/admin/auditoria/")) {
      var reply = new StaffClient(base).get(page);
      assertEquals(302, reply.status(), page);
      assertTrue(reply.location().endsWith("/ingreso"), page + " -> " + reply.location());
    }
  }

  @Test
  void everyDemoAccountSignsInToTheStaffDashboard() {
    for (String email : DEMO_ACCOUNTS) {
      var staff = new StaffClient(base);
      var signIn = staff.signIn(email, StaffClient.DEMO_PASSWORD);
      assertEquals(302, signIn.status(), email + ": " + signIn.body());
      assertTrue(signIn.location().endsWith("/admin/"), signIn.location());
      var dashboard = staff.get("/admin/");
      assertEquals(200, dashboard.status(), email);
      assertTrue(dashboard.body().contains(email), "the dashboard names who is signed in");
    }
  }

  @Test
  void onlyAdministratorsReadTheAuditTrail() throws Exception {
    var editor = new StaffClient(base);
    editor.signIn("editor@participa.test", StaffClient.DEMO_PASSWORD);
    assertEquals(403, editor.get("/admin/auditoria/").status());

    var admin = new StaffClient(base);
    admin.signIn("admin@participa.test", StaffClient.DEMO_PASSWORD);
    var trail = admin.get("/admin/auditoria/?accion=SIGN_IN&actor=editor");
    assertEquals(200, trail.status());
    assertTrue(trail.body().contains("editor@participa.test"), "the editor's sign-in is audited");
    assertTrue(
        TestDatabase.count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'SIGN_IN' AND actor = ?",
                "editor@participa.test")
            > 0);
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
    var staff = new StaffClient(base);
    var reply = staff.signIn("editor@participa.test", "not-the-password");
    assertEquals(200, reply.status());
    assertTrue(reply.body().contains("No fue posible iniciar sesión"), reply.body());
    var unknown = staff.signIn("nadie@participa.test", "not-the-password");
    assertTrue(unknown.body().contains("No fue posible iniciar sesión"));
    assertEquals(302, staff.get("/admin/").status(), "still not signed in");
  }

  @Test
  void aLockedAccountStaysLockedEvenWithTheRightPassword() throws Exception {
    // A dedicated account, so that locking it does not disturb the other tests.
    String email = "bloqueo-" + System.nanoTime() + "@participa.test";
    String hash = TestDatabase.count("SELECT COUNT(*) FROM staff_account") > 0 ? adminHash() : null;
    TestDatabase.update(
        "INSERT INTO staff_account (email, full_name, password_hash, created_at) VALUES (?, 'Bloqueo', ?, NOW(6))",
        email,
        hash);
    long id = TestDatabase.count("SELECT id FROM staff_account WHERE email = ?", email);
    TestDatabase.update("INSERT INTO staff_role (account_id, role) VALUES (?, 'EDITOR')", id);

    var staff = new StaffClient(base);
    for (int i = 0; i < 5; i++) {
      staff.signIn(email, "wrong-password-" + i);
    }
    assertTrue(
        TestDatabase.count(
                "SELECT COUNT(*) FROM staff_account WHERE email = ? AND locked_until > UTC_TIMESTAMP(6)",
                email)
            == 1);
    long lockedUntil =
        TestDatabase.count(
            "SELECT TIMESTAMPDIFF(MICROSECOND, '2000-01-01', locked_until) FROM staff_account WHERE email = ?",
            email);
    for (int i = 0; i < 5; i++) {
      new StaffClient(base)
          .signIn(email, "still-wrong-" + i); // someone trying to keep the owner out
    }
    assertEquals(
        lockedUntil,
        TestDatabase.count(
            "SELECT TIMESTAMPDIFF(MICROSECOND, '2000-01-01', locked_until) FROM staff_account WHERE email = ?",
            email),
        "failures during the lock do not extend it");
    var withRightPassword = new StaffClient(base).signIn(email, StaffClient.DEMO_PASSWORD);
    assertEquals(200, withRightPassword.status(), "no redirect to the dashboard");
    assertTrue(withRightPassword.body().contains("No fue posible iniciar sesión"));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_LOCKED' AND actor = ?",
            email));
  }

  private static String adminHash() throws SQLException {
    try (var c = TestDatabase.connect();
        var s =
            c.prepareStatement(
                "SELECT password_hash FROM staff_account WHERE email = 'admin@participa.test'");
        var rs = s.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void signingOutEndsTheSession() {
    var staff = new StaffClient(base);
    staff.signIn("moderador@participa.test", StaffClient.DEMO_PASSWORD);
    var dashboard = staff.get("/admin/");
    assertEquals(200, dashboard.status());
    var out =
        staff.postForm(
            "/admin/",
            java.util.Map.of(
                "signout",
                "signout",
                "signout:out",
                "Cerrar sesión",
                "jakarta.faces.ViewState",
                StaffClient.viewState(dashboard.body())));
    assertEquals(302, out.status());
    assertEquals(302, staff.get("/admin/").status(), "signed out");
  }

  @Test
  void nobodyCanChangeOrDeleteTheAuditTrail() throws Exception {
    new StaffClient(base).signIn("aprobador@participa.test", StaffClient.DEMO_PASSWORD);
    assertTrue(TestDatabase.countRows("audit_event") > 0);
    assertThrows(
        SQLException.class, () -> TestDatabase.update("UPDATE audit_event SET actor = 'x'"));
    assertThrows(SQLException.class, () -> TestDatabase.update("DELETE FROM audit_event"));
  }
}
