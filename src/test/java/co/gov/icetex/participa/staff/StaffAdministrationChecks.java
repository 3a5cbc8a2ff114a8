package co.gov.icetex.participa.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Eventually;
import co.gov.icetex.participa.testing.Mailbox;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Administrators manage accounts and offices; new staff and staff who forgot their password set it
 * through a single-use e-mailed link. On the real stack: Payara Micro, MariaDB, GreenMail.
 */
public abstract class StaffAdministrationChecks {

  private static final String ACCOUNT_PAGE = "/admin/cuentas/cuenta.xhtml";
  private static final String OFFICES_PAGE = "/admin/dependencias/";
  private static final String OFFICE_PAGE = "/admin/dependencias/dependencia.xhtml";
  private static final Pattern LINK =
      Pattern.compile("/nueva-clave\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
  private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");
  private static final Duration MAIL_WAIT = Duration.ofSeconds(20);
  private static final String NEW_PASSWORD = "una frase larga y secreta";

  private static Mailbox mailbox;

  protected final URL base = Portal.url();

  @BeforeAll
  static void startMailServer() {
    mailbox = new Mailbox().start();
  }

  @AfterAll
  static void stopMailServer() {
    mailbox.stop();
  }

  // ---- accounts, invitation and the single-use link ----

  @Test
  void aNewAccountSetsItsPasswordThroughTheEmailedLinkOnlyOnce() throws Exception {
    StaffClient admin = admin();
    String email = unique("invitada");
    long officeId = createOffice(admin, "Oficina de Invitaciones " + System.nanoTime());
    long id = createAccount(admin, email, "Inés Invitada", officeId, "RESPONDER");

    assertEquals(1, audits("ACCOUNT_CREATED", id, "admin@participa.test"));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM staff_account WHERE id = ? AND password_hash IS NULL", id),
        "nobody typed a password for the new account");
    assertFalse(
        new StaffClient(base).signIn(email, "cualquier clave larga").location().endsWith("/admin/"),
        "cannot sign in before setting a password");

    String token = linkIn(onlyMailTo(email));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM password_token WHERE token_hash = ?", sha256(token)));
    assertEquals(
        0,
        TestDatabase.count("SELECT COUNT(*) FROM password_token WHERE token_hash = ?", token),
        "the token itself is not stored");
    assertOutboxForgetsTheLink(email, token);

    var visitor = new StaffClient(base);
    var form = visitor.get("/nueva-clave.xhtml?token=" + token);
    assertEquals(200, form.status());
    assertTrue(form.body().contains(email), "the page says which account");

    var tooShort =
        visitor.submit(
            "/nueva-clave.xhtml",
            form,
            "pw",
            "save",
            Map.of("token", token, "password", "corta", "confirmation", "corta"));
    assertEquals(200, tooShort.status());
    assertTrue(tooShort.body().contains("al menos 12 caracteres"), tooShort.body());
    var mismatch =
        visitor.submit(
            "/nueva-clave.xhtml",
            form,
            "pw",
            "save",
            Map.of("token", token, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD + "!"));
    assertTrue(mismatch.body().contains("no coinciden"), mismatch.body());

    var saved =
        visitor.submit(
            "/nueva-clave.xhtml",
            form,
            "pw",
            "save",
            Map.of("token", token, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
    assertEquals(302, saved.status(), saved.body());
    assertTrue(saved.location().endsWith("/ingreso?clave=lista"), saved.location());
    assertEquals(1, audits("PASSWORD_CHANGED", id, email));

    var staff = new StaffClient(base);
    assertTrue(
        staff.signIn(email, NEW_PASSWORD).location().endsWith("/admin/"),
        "signs in with the new password");

    // The link works once.
    var again = new StaffClient(base);
    var reused = again.get("/nueva-clave.xhtml?token=" + token);
    assertTrue(reused.body().contains("Este enlace ya no sirve"), reused.body());
    assertFalse(reused.body().contains("id=\"pw\""), "no form for a used link");
    var replay =
        again.submit(
            "/nueva-clave.xhtml",
            form,
            "pw",
            "save",
            Map.of(
                "token",
                token,
                "password",
                "otra clave distinta 123",
                "confirmation",
                "otra clave distinta 123"));
    assertTrue(replay.body().contains("Este enlace ya no sirve"), replay.body());
    assertTrue(
        new StaffClient(base).signIn(email, NEW_PASSWORD).location().endsWith("/admin/"),
        "password unchanged");
    assertEquals(1, audits("PASSWORD_CHANGED", id, email));
  }

  @Test
  void anExpiredLinkIsRefused() throws Exception {
    StaffClient admin = admin();
    String email = unique("vencida");
    long id = createAccount(admin, email, "Valeria Vencida", null, "EDITOR");
    String token = linkIn(onlyMailTo(email));
    var visitor = new StaffClient(base);
    var form = visitor.get("/nueva-clave.xhtml?token=" + token);
    assertTrue(form.body().contains("id=\"pw\""), "the link works before it expires");
    TestDatabase.update(
        "UPDATE password_token SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE token_hash = ?",
        sha256(token));

    var page = visitor.get("/nueva-clave.xhtml?token=" + token);
    assertTrue(page.body().contains("Este enlace ya no sirve"), page.body());
    var post =
        visitor.submit(
            "/nueva-clave.xhtml",
            form,
            "pw",
            "save",
            Map.of("token", token, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
    assertTrue(post.body().contains("Este enlace ya no sirve"));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM staff_account WHERE id = ? AND password_hash IS NULL", id));
    assertEquals(0, audits("PASSWORD_CHANGED", id, email));
  }

  @Test
  void aResetAnswersTheSameForAnyEmailMailsOnlyAnAccountAndEndsItsLockout() throws Exception {
    String email = unique("olvido");
    long id = accountWithPassword(email, NEW_PASSWORD);
    for (int i = 0; i < 5; i++) {
      new StaffClient(base).signIn(email, "no-es-la-clave-" + i);
    }
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM staff_account WHERE id = ? AND locked_until > UTC_TIMESTAMP(6)",
            id));

    String unknown = unique("nadie");
    var known = requestReset(email);
    var notKnown = requestReset(unknown);
    assertEquals(200, known.status());
    assertEquals(
        sentNotice(known.body()),
        sentNotice(notKnown.body()),
        "the same answer whether or not the account exists");
    assertTrue(sentNotice(known.body()).contains("Si el correo corresponde a una cuenta activa"));

    String token = linkIn(mail(email, 2)); // after the invitation
    assertTrue(
        mailbox.mailsTo(unknown, Duration.ofSeconds(3)).isEmpty(),
        "no mail for an unknown address");
    assertEquals(1, audits("PASSWORD_RESET_REQUESTED", id, email));
    assertEquals(
        0, TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE actor = ?", unknown));
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE after_state LIKE ?", "%" + token + "%"),
        "no secret in the audit trail");

    var visitor = new StaffClient(base);
    var form = visitor.get("/nueva-clave.xhtml?token=" + token);
    String newer = "otra frase larga y secreta";
    assertEquals(
        302,
        visitor
            .submit(
                "/nueva-clave.xhtml",
                form,
                "pw",
                "save",
                Map.of("token", token, "password", newer, "confirmation", newer))
            .status());
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM staff_account WHERE id = ? AND locked_until IS NOT NULL", id),
        "the lockout ended");
    assertFalse(
        new StaffClient(base).signIn(email, NEW_PASSWORD).location().endsWith("/admin/"),
        "the old password is gone");
    assertTrue(new StaffClient(base).signIn(email, newer).location().endsWith("/admin/"));
  }

  @Test
  void aStrangersResetRequestDoesNotKillTheLinkTheOwnerAlreadyHas() throws Exception {
    String email = unique("dosveces");
    accountWithPassword(email, NEW_PASSWORD);
    requestReset(email);
    String owners = linkIn(mail(email, 2));
    requestReset(email); // anyone can ask for a reset of any address
    String second = linkIn(mail(email, 3));
    assertNotEquals(owners, second);
    assertTrue(
        new StaffClient(base)
            .get("/nueva-clave.xhtml?token=" + owners)
            .body()
            .contains("id=\"pw\""),
        "the owner's link still works");
    String chosen = "Otra-Clave-Segura-2027";
    setPassword(owners, chosen);
    assertTrue(new StaffClient(base).signIn(email, chosen).location().endsWith("/admin/"));
    assertTrue(
        new StaffClient(base)
            .get("/nueva-clave.xhtml?token=" + second)
            .body()
            .contains("Este enlace ya no sirve"),
        "once a link set the password, the others stop working");
  }

  @Test
  void resetRequestsAreLimitedPerEmail() throws Exception {
    String email = unique("limite");
    accountWithPassword(email, NEW_PASSWORD);
    for (int i = 0; i < 5; i++) {
      assertTrue(
          sentNotice(requestReset(email).body()).contains("Si el correo corresponde"),
          "always the same answer");
    }
    // the invitation, then three resets: the fourth and fifth requests sent nothing
    mail(email, 4);
    assertEquals(4, mailbox.mailsTo(email, MAIL_WAIT).size(), "and nothing more left the outbox");
    assertEquals(
        3,
        TestDatabase.count(
            "SELECT COUNT(*) FROM password_token t JOIN staff_account a ON a.id = t.account_id WHERE a.email = ? AND t.purpose = 'RESET'",
            email));
  }

  // ---- rules on accounts ----

  @Test
  void accountFormsExplainWhatIsMissingAndSaveNothing() throws Exception {
    StaffClient admin = admin();
    String email = unique("incompleta");
    var form = admin.get(ACCOUNT_PAGE);
    var noRoles =
        admin.submit(
            ACCOUNT_PAGE,
            form,
            "acct",
            "save",
            Map.of("fullName", "", "email", email, "office", ""));
    assertEquals(200, noRoles.status());
    assertTrue(noRoles.body().contains("Escriba el nombre completo"), noRoles.body());
    assertTrue(noRoles.body().contains("Marque al menos un rol"));
    assertTrue(
        noRoles.body().contains("id=\"fullName-error\""), "the message is tied to its field");

    var responderWithoutOffice =
        admin.submit(
            ACCOUNT_PAGE,
            admin.get(ACCOUNT_PAGE),
            "acct",
            "save",
            Map.of("fullName", "Rita", "email", email, "office", "", "role_RESPONDER", "on"));
    assertTrue(
        responderWithoutOffice
            .body()
            .contains("quien tiene el rol Respuestas responde por una dependencia"));

    var taken =
        admin.submit(
            ACCOUNT_PAGE,
            admin.get(ACCOUNT_PAGE),
            "acct",
            "save",
            Map.of(
                "fullName",
                "Otra",
                "email",
                "EDITOR@participa.test",
                "office",
                "",
                "role_EDITOR",
                "on"));
    assertTrue(taken.body().contains("Ya existe una cuenta con ese correo"));
    assertEquals(
        0, TestDatabase.count("SELECT COUNT(*) FROM staff_account WHERE email = ?", email));
  }

  @Test
  void anAdministratorCannotLockThemselvesOut() throws Exception {
    StaffClient admin = admin();
    String email = unique("admin");
    long id = createAccount(admin, email, "Segunda Administradora", null, "ADMIN");
    setPasswordFromMail(email, NEW_PASSWORD);
    var self = new StaffClient(base);
    assertTrue(self.signIn(email, NEW_PASSWORD).location().endsWith("/admin/"));

    var page = self.get(ACCOUNT_PAGE + "?id=" + id);
    assertEquals(200, page.status());
    assertFalse(page.body().contains("status:deactivate"), "no button to deactivate oneself");
    var dropAdmin =
        self.submit(
            ACCOUNT_PAGE,
            page,
            "acct",
            "save",
            Map.of(
                "id",
                String.valueOf(id),
                "fullName",
                "Segunda Administradora",
                "office",
                "",
                "role_EDITOR",
                "on"));
    assertEquals(200, dropAdmin.status());
    assertTrue(dropAdmin.body().contains("No puede quitarse a s"), dropAdmin.body());
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM staff_role WHERE account_id = ? AND role = 'ADMIN'", id));

    // Even a forged post of the (absent) button deactivates nothing.
    self.submit(ACCOUNT_PAGE, page, "status", "deactivate", Map.of("id", String.valueOf(id)));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM staff_account WHERE id = ? AND active = TRUE", id));

    // Another administrator may take the role away: an active administrator remains.
    var byOther =
        admin.submit(
            ACCOUNT_PAGE,
            admin.get(ACCOUNT_PAGE + "?id=" + id),
            "acct",
            "save",
            Map.of(
                "id",
                String.valueOf(id),
                "fullName",
                "Segunda Editora",
                "office",
                "",
                "role_EDITOR",
                "on"));
    assertEquals(302, byOther.status(), byOther.body());
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM staff_role WHERE account_id = ? AND role = 'ADMIN'", id));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_UPDATED' AND target_id = ?"
                + " AND before_state LIKE '%\"roles\":[\"ADMIN\"]%' AND after_state LIKE '%\"roles\":[\"EDITOR\"]%'"
                + " AND after_state LIKE '%Segunda Editora%'",
            String.valueOf(id)));
    assertTrue(
        TestDatabase.count(
                "SELECT COUNT(*) FROM staff_account a JOIN staff_role r ON r.account_id = a.id"
                    + " WHERE a.active = TRUE AND r.role = 'ADMIN'")
            >= 1);
  }

  @Test
  void anAdministratorDeactivatesReactivatesAndUnlocksAnAccount() throws Exception {
    StaffClient admin = admin();
    String email = unique("estado");
    long id = accountWithPassword(email, NEW_PASSWORD);
    for (int i = 0; i < 5; i++) {
      new StaffClient(base).signIn(email, "no-es-la-clave-" + i);
    }
    var locked = admin.get(ACCOUNT_PAGE + "?id=" + id);
    assertTrue(locked.body().contains("status:unlock"), "an unlock button for a locked account");
    var unlock =
        admin.submit(ACCOUNT_PAGE, locked, "status", "unlock", Map.of("id", String.valueOf(id)));
    assertEquals(302, unlock.status(), unlock.body());
    assertTrue(new StaffClient(base).signIn(email, NEW_PASSWORD).location().endsWith("/admin/"));
    assertEquals(1, audits("ACCOUNT_UNLOCKED", id, "admin@participa.test"));

    var deactivate =
        admin.submit(
            ACCOUNT_PAGE,
            admin.get(ACCOUNT_PAGE + "?id=" + id),
            "status",
            "deactivate",
            Map.of("id", String.valueOf(id)));
    assertEquals(302, deactivate.status());
    assertFalse(
        new StaffClient(base).signIn(email, NEW_PASSWORD).location().endsWith("/admin/"),
        "a deactivated account cannot sign in");
    requestReset(email);
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM password_token WHERE account_id = ? AND purpose = 'RESET'", id),
        "and gets no reset link");
    assertEquals(1, audits("ACCOUNT_DEACTIVATED", id, "admin@participa.test"));

    var list = admin.get("/admin/cuentas/?q=" + email);
    assertTrue(list.body().contains(email) && list.body().contains("Desactivada"), list.body());

    var reactivate =
        admin.submit(
            ACCOUNT_PAGE,
            admin.get(ACCOUNT_PAGE + "?id=" + id),
            "status",
            "reactivate",
            Map.of("id", String.valueOf(id)));
    assertEquals(302, reactivate.status());
    assertTrue(new StaffClient(base).signIn(email, NEW_PASSWORD).location().endsWith("/admin/"));
    assertEquals(1, audits("ACCOUNT_REACTIVATED", id, "admin@participa.test"));
  }

  @Test
  void aSessionEndsAtItsNextRequestOnceItsRolesChangeOrItsAccountIsDeactivated() throws Exception {
    StaffClient admin = admin();
    String email = unique("sesion");
    long id = accountWithPassword(email, NEW_PASSWORD);
    var editor = new StaffClient(base);
    assertTrue(editor.signIn(email, NEW_PASSWORD).location().endsWith("/admin/"));
    assertEquals(200, editor.get("/admin/consultas/").status());

    // Renaming the person grants nothing new: the session goes on.
    var renamed =
        admin.submit(
            ACCOUNT_PAGE,
            admin.get(ACCOUNT_PAGE + "?id=" + id),
            "acct",
            "save",
            Map.of(
                "id",
                String.valueOf(id),
                "fullName",
                "Persona Renombrada",
                "office",
                "",
                "role_EDITOR",
                "on"));
    assertEquals(302, renamed.status(), renamed.body());
    assertEquals(200, editor.get("/admin/consultas/").status());

    // Roles taken away: the old session may not keep acting as an editor.
    var moderatorNow =
        admin.submit(
            ACCOUNT_PAGE,
            admin.get(ACCOUNT_PAGE + "?id=" + id),
            "acct",
            "save",
            Map.of(
                "id",
                String.valueOf(id),
                "fullName",
                "Persona Renombrada",
                "office",
                "",
                "role_MODERATOR",
                "on"));
    assertEquals(302, moderatorNow.status(), moderatorNow.body());
    assertSignedOut(editor.get("/admin/consultas/"));
    var afterwards = editor.get("/admin/");
    assertEquals(302, afterwards.status());
    assertTrue(
        afterwards.location().endsWith("/ingreso"),
        "the session is gone: " + afterwards.location());
    var notice = editor.get("/ingreso?sesion=terminada");
    assertTrue(notice.body().contains("id=\"session-ended\""), notice.body());

    // Signing in again grants what the account holds now.
    var moderator = new StaffClient(base);
    assertTrue(moderator.signIn(email, NEW_PASSWORD).location().endsWith("/admin/"));
    assertEquals(200, moderator.get("/admin/observaciones/").status());
    assertEquals(403, moderator.get("/admin/consultas/").status());

    var deactivate =
        admin.submit(
            ACCOUNT_PAGE,
            admin.get(ACCOUNT_PAGE + "?id=" + id),
            "status",
            "deactivate",
            Map.of("id", String.valueOf(id)));
    assertEquals(302, deactivate.status(), deactivate.body());
    assertSignedOut(moderator.get("/admin/observaciones/"));
  }

  private static void assertSignedOut(StaffClient.Page page) {
    assertEquals(302, page.status(), page.body());
    assertTrue(page.location().contains("/ingreso?sesion=terminada"), page.location());
  }

  // ---- offices ----

  @Test
  void officeNamesAreUniqueWhateverTheirCase() throws Exception {
    StaffClient admin = admin();
    String name = "Oficina de Pruebas " + System.nanoTime();
    long id = createOffice(admin, name);
    assertEquals(1, audits("OFFICE_CREATED", id, "admin@participa.test"));

    var twin =
        admin.submit(
            OFFICES_PAGE,
            admin.get(OFFICES_PAGE),
            "newOffice",
            "create",
            Map.of("name", "  " + name.toUpperCase() + " "));
    assertEquals(200, twin.status());
    assertTrue(twin.body().contains("Ya existe una dependencia llamada"), twin.body());
    assertTrue(twin.body().contains("id=\"name-error\""));
    assertEquals(
        1, TestDatabase.count("SELECT COUNT(*) FROM office WHERE LOWER(name) = LOWER(?)", name));

    var empty =
        admin.submit(
            OFFICES_PAGE, admin.get(OFFICES_PAGE), "newOffice", "create", Map.of("name", "   "));
    assertTrue(empty.body().contains("Escriba el nombre de la dependencia"));

    long other = createOffice(admin, "Otra Oficina " + System.nanoTime());
    var renameToTaken =
        admin.submit(
            OFFICE_PAGE,
            admin.get(OFFICE_PAGE + "?id=" + other),
            "rename",
            "save",
            Map.of("id", String.valueOf(other), "name", name.toLowerCase()));
    assertTrue(
        renameToTaken.body().contains("Ya existe una dependencia llamada"), renameToTaken.body());

    String renamed = name + " renombrada";
    var rename =
        admin.submit(
            OFFICE_PAGE,
            admin.get(OFFICE_PAGE + "?id=" + id),
            "rename",
            "save",
            Map.of("id", String.valueOf(id), "name", renamed));
    assertEquals(302, rename.status(), rename.body());
    assertEquals(
        1,
        TestDatabase.count("SELECT COUNT(*) FROM office WHERE id = ? AND name = ?", id, renamed));
    assertEquals(1, audits("OFFICE_RENAMED", id, "admin@participa.test"));
  }

  @Test
  void anOfficeWithActiveRespondersStaysActiveOthersDeactivateAndReactivate() throws Exception {
    StaffClient admin = admin();
    long busy = createOffice(admin, "Oficina Ocupada " + System.nanoTime());
    createAccount(admin, unique("responde"), "Rosa Responde", busy, "RESPONDER");
    var refused =
        admin.submit(
            OFFICE_PAGE,
            admin.get(OFFICE_PAGE + "?id=" + busy),
            "status",
            "deactivate",
            Map.of("id", String.valueOf(busy)));
    assertEquals(200, refused.status());
    assertTrue(refused.body().contains("Respuestas pertenecen a ella"), refused.body());
    assertEquals(
        1, TestDatabase.count("SELECT COUNT(*) FROM office WHERE id = ? AND active = TRUE", busy));

    long idle = createOffice(admin, "Oficina Libre " + System.nanoTime());
    assertEquals(
        302,
        admin
            .submit(
                OFFICE_PAGE,
                admin.get(OFFICE_PAGE + "?id=" + idle),
                "status",
                "deactivate",
                Map.of("id", String.valueOf(idle)))
            .status());
    assertEquals(
        1, TestDatabase.count("SELECT COUNT(*) FROM office WHERE id = ? AND active = FALSE", idle));
    assertEquals(1, audits("OFFICE_DEACTIVATED", idle, "admin@participa.test"));
    var accountForm = admin.get(ACCOUNT_PAGE);
    assertFalse(
        accountForm.body().contains("value=\"" + idle + "\""), "an inactive office is not offered");

    assertEquals(
        302,
        admin
            .submit(
                OFFICE_PAGE,
                admin.get(OFFICE_PAGE + "?id=" + idle),
                "status",
                "reactivate",
                Map.of("id", String.valueOf(idle)))
            .status());
    assertEquals(1, audits("OFFICE_REACTIVATED", idle, "admin@participa.test"));
  }

  // ---- roles ----

  @Test
  void otherRolesCannotSeeOrUseTheAdministrationPages() throws Exception {
    for (String email :
        List.of(
            "editor@participa.test",
            "moderador@participa.test",
            "respuestas@participa.test",
            "aprobador@participa.test")) {
      var staff = new StaffClient(base);
      staff.signIn(email, StaffClient.DEMO_PASSWORD);
      for (String page :
          List.of("/admin/cuentas/", ACCOUNT_PAGE, OFFICES_PAGE, OFFICE_PAGE + "?id=1")) {
        assertEquals(403, staff.get(page).status(), email + " " + page);
      }
    }
    var editor = new StaffClient(base);
    editor.signIn("editor@participa.test", StaffClient.DEMO_PASSWORD);
    var ownPage = editor.get("/admin/");
    String intruder = unique("intrusa");
    var post =
        editor.submit(
            ACCOUNT_PAGE,
            ownPage,
            "acct",
            "save",
            Map.of("fullName", "Intrusa", "email", intruder, "office", "", "role_ADMIN", "on"));
    assertEquals(403, post.status());
    assertEquals(
        0, TestDatabase.count("SELECT COUNT(*) FROM staff_account WHERE email = ?", intruder));
    String office = "Oficina Intrusa " + System.nanoTime();
    assertEquals(
        403,
        editor
            .submit(OFFICES_PAGE, ownPage, "newOffice", "create", Map.of("name", office))
            .status());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM office WHERE name = ?", office));

    var anonymous = new StaffClient(base);
    assertEquals(302, anonymous.get("/admin/cuentas/").status());
    assertEquals(302, anonymous.get(OFFICES_PAGE).status());
  }

  // ---- helpers ----

  private StaffClient admin() {
    var admin = new StaffClient(base);
    var signIn = admin.signIn("admin@participa.test", StaffClient.DEMO_PASSWORD);
    assertEquals(302, signIn.status(), signIn.body());
    return admin;
  }

  private static String unique(String prefix) {
    return prefix + "-" + System.nanoTime() + "@participa.test";
  }

  private long createOffice(StaffClient admin, String name) {
    var page = admin.get(OFFICES_PAGE);
    assertEquals(200, page.status());
    var created = admin.submit(OFFICES_PAGE, page, "newOffice", "create", Map.of("name", name));
    assertEquals(302, created.status(), created.body());
    return idIn(created.location());
  }

  private long createAccount(
      StaffClient admin, String email, String name, Long officeId, String... roles) {
    var page = admin.get(ACCOUNT_PAGE);
    assertEquals(200, page.status(), page.body());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("fullName", name);
    fields.put("email", email);
    fields.put("office", officeId == null ? "" : String.valueOf(officeId));
    for (String role : roles) {
      fields.put("role_" + role, "on");
    }
    var created = admin.submit(ACCOUNT_PAGE, page, "acct", "save", fields);
    assertEquals(302, created.status(), created.body());
    assertTrue(created.location().contains("hecho=created"), created.location());
    return idIn(created.location());
  }

  /** An editor account whose holder has set {@code password} through the invitation. */
  private long accountWithPassword(String email, String password) throws Exception {
    long id = createAccount(admin(), email, "Persona de Prueba", null, "EDITOR");
    setPasswordFromMail(email, password);
    return id;
  }

  private void setPasswordFromMail(String email, String password) throws InterruptedException {
    setPassword(linkIn(onlyMailTo(email)), password);
  }

  private void setPassword(String token, String password) {
    var visitor = new StaffClient(base);
    var form = visitor.get("/nueva-clave.xhtml?token=" + token);
    var saved =
        visitor.submit(
            "/nueva-clave.xhtml",
            form,
            "pw",
            "save",
            Map.of("token", token, "password", password, "confirmation", password));
    assertEquals(302, saved.status(), saved.body());
  }

  private StaffClient.Page requestReset(String email) {
    var visitor = new StaffClient(base);
    var page = visitor.get("/clave-olvidada.xhtml");
    assertEquals(200, page.status());
    return visitor.submit("/clave-olvidada.xhtml", page, "forgot", "send", Map.of("email", email));
  }

  /** The neutral notice of the "forgot password" page. */
  private static String sentNotice(String html) {
    Matcher m =
        Pattern.compile(
                "<div class=\"alert alert--success\" role=\"status\"[^>]* id=\"forgot-sent\">(.*?)</div>",
                Pattern.DOTALL)
            .matcher(html);
    assertTrue(m.find(), html);
    return m.group(1);
  }

  private static Mailbox.Mail onlyMailTo(String email) throws InterruptedException {
    List<Mailbox.Mail> mails = mailbox.mailsTo(email, MAIL_WAIT);
    assertEquals(1, mails.size(), "mails to " + email + ": " + mails);
    return mails.get(0);
  }

  /** The {@code n}th mail (from 1) to an address, waiting for it. */
  private static Mailbox.Mail mail(String email, int n) throws InterruptedException {
    return mailbox.mailsTo(email, MAIL_WAIT, n).get(n - 1);
  }

  private static String linkIn(Mailbox.Mail mail) {
    Matcher m = LINK.matcher(mail.body());
    assertTrue(m.find(), "a link in: " + mail.body());
    return m.group(1);
  }

  private static void assertOutboxForgetsTheLink(String email, String token) throws Exception {
    Eventually.until(
        () ->
            TestDatabase.count(
                    "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND body_text LIKE ?",
                    email,
                    "%" + token + "%")
                == 0,
        Duration.ofSeconds(10),
        "the delivered mail no longer holds the link in the outbox");
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND sent_at IS NOT NULL", email));
  }

  private static long idIn(String location) {
    Matcher m = ID.matcher(location);
    assertTrue(m.find(), location);
    return Long.parseLong(m.group(1));
  }

  private static long audits(String action, long targetId, String actor) throws SQLException {
    return TestDatabase.count(
        "SELECT COUNT(*) FROM audit_event WHERE action = ? AND target_id = ? AND actor = ?",
        action,
        String.valueOf(targetId),
        actor);
  }

  private static String sha256(String s) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII)));
  }
}
