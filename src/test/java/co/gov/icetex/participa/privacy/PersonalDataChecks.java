package co.gov.icetex.participa.privacy;

import static co.gov.icetex.participa.testing.ObservationJsonBuilder.anObservation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.HearingForms;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import jakarta.json.Json;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Habeas data on the real stack: an administrator sees what the portal keeps about an address and
 * suppresses it at the holder's request; published reports stop naming the author; nobody else may.
 */
public abstract class PersonalDataChecks {

  private static final String PAGE = "/admin/datos-personales/";
  private static final String SUBMIT = "/api/v1/consultations/paac-2020/observations";
  private static final String UPCOMING_HEARING = "audiencia-rendicion-cuentas-2026";
  private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  protected final URL base = Portal.url();

  @Test
  void anAdministratorSeesWhatThePortalKeepsAboutAnAddressAndSuppressesItAtTheHoldersRequest()
      throws Exception {
    String email = "titular+" + UUID.randomUUID() + "@example.co";
    var api = new Api(base, "10.61." + (int) (Math.random() * 250) + ".9");
    var named =
        anObservation()
            .with("email", email)
            .with("authorName", "Tatiana Titular")
            .with("showName", true);
    String first = api.postJson(SUBMIT, named.json()).json().getString("trackingCode");
    var withFile =
        api.postMultipart(
            SUBMIT, anObservation().with("email", email).asFormFields(), "soporte.pdf", PDF);
    assertEquals(201, withFile.status(), withFile.body());
    String second = withFile.json().getString("trackingCode");
    var registered =
        HearingForms.register(
            new StaffClient(base), UPCOMING_HEARING, "Tatiana Titular", email, "ONLINE", true);
    assertTrue(registered.body().contains("id=\"registration-done\""), registered.body());
    String bystander =
        api.postJson(SUBMIT, anObservation().with("showName", true).json())
            .json()
            .getString("trackingCode");

    StaffClient admin = new StaffClient(base);
    assertEquals(302, admin.signIn("admin@participa.test", StaffClient.DEMO_PASSWORD).status());
    var malformed =
        admin.submit(PAGE, admin.get(PAGE), "find", "search", Map.of("email", "no-es-un-correo"));
    assertTrue(malformed.body().contains("id=\"email-error\""), malformed.body());
    assertTrue(malformed.body().contains("Escriba el correo electrónico del titular"));

    var found =
        admin.submit(
            PAGE,
            admin.get(PAGE),
            "find",
            "search",
            Map.of("email", " " + email.toUpperCase() + " "));
    assertEquals(200, found.status());
    for (String shown :
        new String[] {
          first, second, "Tatiana Titular", "Audiencia pública de rendición de cuentas 2026"
        }) {
      assertTrue(found.body().contains(shown), shown + " in " + found.body());
    }
    assertFalse(found.body().contains(bystander), "only the holder's observations");
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'PERSONAL_DATA_CONSULTED'"
                + " AND actor = 'admin@participa.test' AND after_state LIKE '%\"observations\":2,\"registrations\":1%'"));

    // Without a reference and a confirmation nothing happens, and the page says what is missing.
    var unconfirmed =
        admin.submit(PAGE, found, "suppress", "go", Map.of("email", email, "reference", " "));
    assertTrue(
        unconfirmed.body().contains("Escriba el radicado o la referencia"), unconfirmed.body());
    assertTrue(unconfirmed.body().contains("Marque la casilla para confirmar"));
    assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM observation WHERE email = ?", email));

    var done =
        admin.submit(
            PAGE,
            unconfirmed,
            "suppress",
            "go",
            Map.of("email", email, "reference", "RAD-2026-004512", "confirm", "true"));
    assertEquals(302, done.status(), done.body());
    assertTrue(
        done.location().contains("suprimidas=2") && done.location().contains("inscripciones=1"),
        done.location());
    assertFalse(
        done.location().toLowerCase().contains("titular+"), "the address never goes in a URL");

    assertEquals(
        0, TestDatabase.count("SELECT COUNT(*) FROM observation WHERE LOWER(email) = ?", email));
    assertEquals(
        2,
        TestDatabase.count(
            "SELECT COUNT(*) FROM observation WHERE tracking_code IN (?, ?) AND email = ''"
                + " AND author_name = 'Titular con datos suprimidos' AND show_name = FALSE AND client_key IS NULL"
                + " AND personal_data_suppressed_at IS NOT NULL AND text <> ''",
            first,
            second));
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM observation_attachment a JOIN observation o ON o.id = a.observation_id"
                + " WHERE o.tracking_code = ?",
            second),
        "the attachment is gone");
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM hearing_registration WHERE LOWER(email) = ? OR full_name = 'Tatiana Titular'",
            email));
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM mail_outbox WHERE LOWER(recipient) = ? OR body_text LIKE ?",
            email,
            "%Tatiana Titular%"),
        "receipts and the registration confirmation are forgotten");
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM observation WHERE tracking_code = ? AND show_name = TRUE"
                + " AND personal_data_suppressed_at IS NULL",
            bystander),
        "nobody else's data is touched");

    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'PERSONAL_DATA_SUPPRESSED'"
                + " AND actor = 'admin@participa.test' AND after_state LIKE '%RAD-2026-004512%' AND before_state LIKE ?",
            "%" + first + "%"));
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM audit_event WHERE LOWER(CONCAT_WS(' ', target_id, before_state, after_state)) LIKE ?",
            "%" + email + "%"),
        "the audit trail never holds the address");

    var lookup =
        api.postJson(
            "/api/v1/observations/lookup",
            Json.createObjectBuilder()
                .add("trackingCode", first)
                .add("email", email)
                .build()
                .toString());
    assertEquals(404, lookup.status(), "the address no longer proves authorship: " + lookup.body());

    var again = admin.submit(PAGE, admin.get(PAGE), "find", "search", Map.of("email", email));
    assertTrue(again.body().contains("id=\"nothing-held\""), again.body());
  }

  @Test
  void aPublishedReportStopsNamingAnAuthorWhoseDataWasSuppressedThoughItsFrozenRowsStay()
      throws Exception {
    String code;
    String slug;
    String email;
    String name = "Natalia Hernández"; // a demo author who allowed her name in the demo report
    try (var c = TestDatabase.connect();
        var s =
            c.prepareStatement(
                "SELECT e.tracking_code, r.consultation_slug, o.email FROM response_report_entry e"
                    + " JOIN response_report r ON r.id = e.report_id JOIN observation o ON o.tracking_code = e.tracking_code"
                    + " WHERE e.public_author = ? ORDER BY r.version_number DESC")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), "the demo report names " + name);
        code = r.getString(1);
        slug = r.getString(2);
        email = r.getString(3);
      }
    }
    var api = new Api(base);
    assertTrue(api.get("/api/v1/consultations/" + slug + "/report").body().contains(name));

    StaffClient admin = new StaffClient(base);
    assertEquals(302, admin.signIn("admin@participa.test", StaffClient.DEMO_PASSWORD).status());
    var found = admin.submit(PAGE, admin.get(PAGE), "find", "search", Map.of("email", email));
    assertEquals(
        302,
        admin
            .submit(
                PAGE,
                found,
                "suppress",
                "go",
                Map.of("email", email, "reference", "RAD-2026-004513", "confirm", "true"))
            .status());

    String json = api.get("/api/v1/consultations/" + slug + "/report").body();
    assertTrue(json.contains(code), "the observation stays in the report");
    assertFalse(json.contains(name), "JSON");
    assertFalse(
        api.get("/api/v1/consultations/" + slug + "/report?format=csv").body().contains(name),
        "CSV");
    assertFalse(new StaffClient(base).get("/informe?c=" + slug).body().contains(name), "page");
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM response_report_entry WHERE tracking_code = ? AND public_author = ?",
            code,
            name),
        "the frozen version itself is never rewritten");
  }

  @Test
  void onlyAnAdministratorMaySuppressPersonalData() throws Exception {
    String email = "protegido+" + UUID.randomUUID() + "@example.co";
    new Api(base, "10.62.1.9").postJson(SUBMIT, anObservation().with("email", email).json());
    StaffClient admin = new StaffClient(base);
    admin.signIn("admin@participa.test", StaffClient.DEMO_PASSWORD);
    var page = admin.submit(PAGE, admin.get(PAGE), "find", "search", Map.of("email", email));

    for (String who : new String[] {"moderador@participa.test", "aprobador@participa.test"}) {
      var staff = new StaffClient(base);
      staff.signIn(who, StaffClient.DEMO_PASSWORD);
      var forged =
          staff.submit(
              PAGE,
              page,
              "suppress",
              "go",
              Map.of("email", email, "reference", "X", "confirm", "true"));
      assertEquals(403, forged.status(), who);
    }
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM observation WHERE email = ?", email));
  }
}
