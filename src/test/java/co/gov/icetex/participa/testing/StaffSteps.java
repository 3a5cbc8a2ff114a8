package co.gov.icetex.participa.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What staff do to an observation, through the staff pages as their browsers would post them: sign
 * in, assign, draft an answer, approve it, publish it. For checks that need an answered
 * observation.
 */
public final class StaffSteps {

  private StaffSteps() {}

  /** A staff member signed in with the demo password. */
  public static StaffClient as(URL base, String email) {
    var staff = new StaffClient(base);
    assertEquals(
        302, staff.signIn(email, StaffClient.DEMO_PASSWORD).status(), "sign in as " + email);
    return staff;
  }

  public static long planningOffice() throws Exception {
    return TestDatabase.count(
        "SELECT id FROM office WHERE name = ?", "Oficina Asesora de Planeación");
  }

  /**
   * Opens {@code page} and posts its form {@code form} with these fields (and repeated ones in
   * {@code extra}).
   */
  public static StaffClient.Page postOnPage(
      StaffClient staff,
      String page,
      String form,
      Map<String, String> fields,
      List<String[]> extra) {
    var shown = staff.get(page);
    assertEquals(200, shown.status(), page + ": " + shown.body());
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    pairs.add(Map.entry(form, form));
    fields.forEach((k, v) -> pairs.add(Map.entry(form + ":" + k, v)));
    for (String[] e : extra) {
      pairs.add(Map.entry(e[0], e[1]));
    }
    pairs.add(Map.entry("jakarta.faces.ViewState", StaffClient.viewState(shown.body())));
    return staff.postPairs(page, pairs);
  }

  /** The staff page of one observation. */
  public static String review(String code) {
    return "/admin/observaciones/ver.xhtml?codigo=" + code;
  }

  /** Assigns the observations to the planning office from the queue (admits them too). */
  public static void assign(StaffClient moderator, String... codes) throws Exception {
    List<String[]> selected = new ArrayList<>();
    for (String code : codes) {
      selected.add(new String[] {"sel", code});
    }
    var page =
        postOnPage(
            moderator,
            "/admin/observaciones/?q=" + codes[0].substring(0, 8),
            "bulk",
            Map.of("assignTo", Long.toString(planningOffice()), "assign", "Asignar"),
            selected);
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains(assignedMessage(codes.length)), page.body());
  }

  /** The start of the queue's message after assigning {@code n} observations. */
  public static String assignedMessage(int n) {
    return n == 1 ? "Se asignó 1 observación" : "Se asignaron " + n + " observaciones";
  }

  /**
   * Drafts an answer to {@code code}, for the whole {@code group} of similar observations if given.
   */
  public static StaffClient.Page draft(
      StaffClient responder, String code, String outcome, String text, String... group) {
    List<String[]> extra = new ArrayList<>();
    for (String g : group) {
      extra.add(new String[] {"grupo", g});
    }
    return postOnPage(
        responder,
        review(code),
        "draft",
        Map.of("outcome", outcome, "text", text, "save", "Guardar"),
        extra);
  }

  public static StaffClient.Page approve(StaffClient approver, String code) {
    return postOnPage(
        approver, review(code), "approval", Map.of("approve", "Aprobar", "comment", ""), List.of());
  }

  public static StaffClient.Page publish(StaffClient approver, String code) {
    return postOnPage(
        approver, review(code), "publication", Map.of("publish", "Publicar"), List.of());
  }

  /**
   * Takes an observation from received to a published answer, as moderator, responder and approver.
   */
  public static void answerAndPublish(URL base, String code, String answer) throws Exception {
    assign(as(base, "moderador@participa.test"), code);
    assertTrue(
        draft(as(base, "respuestas@participa.test"), code, "ACCEPTED", answer)
            .body()
            .contains("pasó a aprobación"));
    var approver = as(base, "aprobador@participa.test");
    assertTrue(approve(approver, code).body().contains("fue aprobada"));
    assertTrue(publish(approver, code).body().contains("fue publicada"));
  }
}
