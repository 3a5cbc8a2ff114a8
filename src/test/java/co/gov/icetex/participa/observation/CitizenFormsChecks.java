package co.gov.icetex.participa.observation;

import static co.gov.icetex.participa.testing.ObservationJsonBuilder.anObservation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.HearingForms;
import co.gov.icetex.participa.testing.Mailbox;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The citizen forms of branch citizenforms, on the shared deployment: the one error pattern (title,
 * summary first in main, fields in page order), the observation form's departments, the
 * confirmation's due date and masked address, and "recover my codes" (GreenMail receives the
 * e-mails). Each test uses its own addresses and client.
 */
public abstract class CitizenFormsChecks {

  private static final String OPEN = "paac-2020";
  private static final String SUBMIT = "/api/v1/consultations/" + OPEN + "/observations";
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

  /** A client of its own: an IPv6 /64 nobody else uses, given as one address in it. */
  private static String ownClient(int host) {
    var random = ThreadLocalRandom.current();
    return "2001:db8:%x:%x::%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000), host);
  }

  private static String code(Api.Reply reply) {
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getString("trackingCode");
  }

  private static StaffClient.Page askForCodes(StaffClient visitor, String email) {
    var page = visitor.get("/recuperar-codigos");
    assertEquals(200, page.status(), page.body());
    Map<String, String> f = new LinkedHashMap<>();
    f.put("recover", "recover");
    f.put("recover:token", HearingForms.token(page.body(), "recover"));
    f.put("recover:email", email);
    f.put("recover:website", "");
    f.put("recover:send", "Enviarme mis códigos");
    f.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    return visitor.postForm("/recuperar-codigos", f);
  }

  /** The page's <main> element's content. */
  private static String main(String html) {
    int start = html.indexOf("<main");
    return html.substring(html.indexOf('>', start) + 1, html.indexOf("</main>"));
  }

  private static String title(String html) {
    Matcher m = Pattern.compile("<title>([^<]*)</title>").matcher(html);
    assertTrue(m.find(), html);
    return m.group(1).strip();
  }

  @Test
  void recoveringCodesMailsEveryCodeWithOurTitlesAndTellsNothingOnThePage() throws Exception {
    var api = new Api(base, ownClient(1));
    String email = "recupera+" + UUID.randomUUID() + "@example.co";
    String secret = "Texto privado " + UUID.randomUUID();
    String first = code(api.postJson(SUBMIT, anObservation().with("email", email).json()));
    String second =
        code(
            api.postJson(
                SUBMIT,
                anObservation()
                    .with("email", email)
                    .with("authorName", "Nombre Privado")
                    .with("text", secret)
                    .json()));
    MAILBOX.mailsTo(email, Duration.ofSeconds(30), 2); // the two receipts

    var visitor = new StaffClient(base, ownClient(2));
    var known = askForCodes(visitor, email.toUpperCase());
    assertEquals(200, known.status(), known.body());
    String sent = Messages.get("recover.sent");
    assertTrue(
        main(known.body())
            .strip()
            .startsWith("<div class=\"alert alert--success\" role=\"status\""),
        main(known.body()));
    assertTrue(known.body().contains(sent), known.body());

    List<Mailbox.Mail> mails = MAILBOX.mailsTo(email, Duration.ofSeconds(30), 3);
    Mailbox.Mail codes =
        mails.stream()
            .filter(m -> m.subject().equals(Messages.get("mail.codes.subject")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no codes e-mail among " + mails));
    String body = codes.body();
    assertTrue(body.contains(first) && body.contains(second), body);
    assertTrue(body.contains("Plan Anticorrupción y de Atención al Ciudadano 2020"), body);
    assertTrue(body.contains("/seguimiento?codigo=" + second), body);
    assertFalse(body.contains(secret) || body.contains("Nombre Privado"), "nothing typed: " + body);

    // An address that sent nothing: the very same page, and no e-mail.
    String stranger = "nadie+" + UUID.randomUUID() + "@example.co";
    var unknown = askForCodes(new StaffClient(base, ownClient(3)), stranger);
    assertEquals(200, unknown.status());
    assertEquals(
        main(known.body()).replaceAll("value=\"[^\"]*\"", ""),
        main(unknown.body()).replaceAll("value=\"[^\"]*\"", ""),
        "the page says the same whatever the address");
    assertTrue(MAILBOX.mailsTo(stranger, Duration.ofSeconds(5)).isEmpty());
  }

  @Test
  void recoveringCodesIsLimitedPerClientAndAnIpv6Slash64IsOneClient() {
    String prefix = ownClient(0).replaceAll("::0$", "::");
    List<StaffClient.Page> pages = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      // Six hosts of one /64: one client for the limit, whatever address each asks about.
      var visitor = new StaffClient(base, prefix + Integer.toHexString(i));
      pages.add(askForCodes(visitor, "limite+" + UUID.randomUUID() + "@example.co"));
    }
    pages.subList(0, 5).forEach(p -> assertTrue(p.body().contains(Messages.get("recover.sent"))));
    String refused = pages.get(5).body();
    assertTrue(refused.contains(Messages.get("recover.error.tooMany")), refused);
    assertFalse(refused.contains(Messages.get("recover.sent")), refused);
    assertTrue(title(refused).startsWith(Messages.get("layout.errors.titlePrefix") + " "));
  }

  @Test
  void aMalformedAddressIsSaidInTheSummaryFirstInMainAndTheTitle() {
    var refused = askForCodes(new StaffClient(base, ownClient(1)), "no-es-un-correo");
    assertEquals(200, refused.status());
    assertTrue(title(refused.body()).startsWith("Error: "), title(refused.body()));
    String main = main(refused.body()).strip();
    assertTrue(main.startsWith("<div class=\"alert alert--error\" role=\"alert\""), main);
    assertTrue(main.contains("id=\"recover-errors\""), main);
    assertTrue(
        main.contains("href=\"#recover:email\">" + Messages.get("validation.email.invalid")));
  }

  @Test
  void theObservationFormsSummaryListsTheFieldsInPageOrder() {
    var visitor = new StaffClient(base, ownClient(1));
    var form = visitor.get("/observar?c=" + OPEN);
    assertEquals(200, form.status());
    Map<String, String> f = new LinkedHashMap<>();
    f.put("obs", "obs");
    f.put("obs:c", OPEN);
    f.put("obs:parte", "");
    f.put("obs:token", HearingForms.token(form.body(), "obs"));
    f.put("obs:text", "");
    f.put("obs:authorName", "");
    f.put("obs:email", "");
    f.put("obs:stakeholderGroup", "");
    f.put("obs:department", "");
    f.put("obs:website", "");
    f.put("obs:send", "Enviar observación");
    f.put("jakarta.faces.ViewState", StaffClient.viewState(form.body()));
    // Multipart, as the browser sends this form, with no file chosen.
    var refused = visitor.postMultipart("/observar", f, "obs:attachment", "", new byte[0]);

    assertEquals(200, refused.status(), refused.body());
    assertTrue(title(refused.body()).startsWith("Error: "), title(refused.body()));
    String main = main(refused.body()).strip();
    assertTrue(main.startsWith("<div class=\"alert alert--error\""), main);
    Matcher links = Pattern.compile("href=\"#obs:([A-Za-z]+)\"").matcher(main);
    List<String> order = new ArrayList<>();
    while (links.find()) {
      order.add(links.group(1));
    }
    // The observation first, then who sends it, then the consent: as the form shows them.
    assertEquals(
        List.of("text", "authorName", "email", "stakeholderGroup", "department", "consent"), order);
    // Every listed field is on the page, after the summary, in the same order.
    int last = -1;
    for (String field : order) {
      int at = main.indexOf("id=\"obs:" + field + "\"");
      assertTrue(at > last, field + " after the previous field");
      last = at;
    }
  }

  @Test
  void departmentsAreInSpanishOrderWithAbroadAndUndisclosedLast() throws Exception {
    var form = new StaffClient(base, ownClient(1)).get("/observar?c=" + OPEN);
    Matcher select =
        Pattern.compile("<select[^>]*id=\"obs:department\"[^>]*>(.*?)</select>", Pattern.DOTALL)
            .matcher(form.body());
    assertTrue(select.find(), form.body());
    Matcher option =
        Pattern.compile("<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>")
            .matcher(select.group(1));
    List<String> values = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    while (option.find()) {
      values.add(option.group(1));
      labels.add(option.group(2));
    }
    assertTrue(labels.indexOf("Córdoba") < labels.indexOf("Cundinamarca"), labels.toString());
    assertEquals(List.of("EX", "ND"), values.subList(values.size() - 2, values.size()));
    assertEquals(
        List.of("Exterior", "Prefiero no decir"), labels.subList(labels.size() - 2, labels.size()));

    // Both are accepted and stored with their own code (the API takes the same codes).
    var api = new Api(base, ownClient(2));
    String abroad = code(api.postJson(SUBMIT, anObservation().with("department", "EX").json()));
    assertEquals(
        1,
        co.gov.icetex.participa.testing.TestDatabase.count(
            "SELECT COUNT(*) FROM observation WHERE tracking_code = ? AND department_code = 'EX'",
            abroad));
  }

  @Test
  void theConfirmationSaysWhenTheAnswerIsDueWhereTheReceiptWentAndLinksToItsStatus()
      throws Exception {
    var api = new Api(base, ownClient(1));
    String email = "mariana+" + UUID.randomUUID() + "@example.co";
    String code = code(api.postJson(SUBMIT, anObservation().with("email", email).json()));
    String receipt = MAILBOX.mailsTo(email, Duration.ofSeconds(30), 1).get(0).body();
    Matcher link = Pattern.compile("/recibida\\?(codigo=\\S+)").matcher(receipt);
    assertTrue(link.find(), receipt);

    var visitor = new StaffClient(base, ownClient(2));
    var page = visitor.get("/recibida?" + link.group(1));
    assertEquals(200, page.status(), page.body());
    String dueDate =
        api.postJson(
                "/api/v1/observations/lookup",
                "{\"trackingCode\":\"" + code + "\",\"email\":\"" + email + "\"}")
            .json()
            .getString("dueDate");
    String html = page.body();
    assertTrue(html.contains("<time datetime=\"" + dueDate + "\">"), html);
    Matcher due = Pattern.compile("<p id=\"receipt-due\">([^<]*)</p>").matcher(html);
    assertTrue(due.find(), html);
    assertTrue(due.group(1).startsWith("Le responderemos a más tardar el "), due.group(1));
    assertTrue(html.contains("ma\u2022\u2022\u2022@example.co"), "the address, masked: " + html);
    assertFalse(html.contains(email), "never the whole address");
    assertTrue(html.contains("/seguimiento?codigo=" + code + "\""), html);
    assertTrue(html.contains("/recuperar-codigos\""), html);

    // The status page it links to has the code filled in: the person types only the address.
    var status = visitor.get("/seguimiento?codigo=" + code);
    assertTrue(status.body().contains("value=\"" + code + "\""), status.body());
    assertTrue(status.body().contains("/recuperar-codigos\""), status.body());
  }
}
