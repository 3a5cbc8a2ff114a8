package co.gov.icetex.participa.browser;

import static co.gov.icetex.participa.browser.Bundle.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.browser.ConsultationPage.Part;
import co.gov.icetex.participa.testing.HearingForms;
import co.gov.icetex.participa.testing.Mailbox;
import co.gov.icetex.participa.testing.Mailbox.Mail;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.TestDatabase;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A citizen on a phone reads a consultation and sends an observation, in a real browser against the
 * packaged WAR. The portal allows 5 observations per hour from one address and the browser is
 * always 127.0.0.1: this class saves 3 (journey, double click, receipt audit), so keep it under 5.
 */
public abstract class CitizenSubmitsObservationBrowserChecks {

  private static final String OPEN = "paac-2020";
  private static final String CLOSED = "informe-rendicion-cuentas-2026";
  private static final String TRACKING_CODE = "OBS-\\d{4}-\\d{6}";
  private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);
  private static final byte[] SMALL_PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  protected final URL base = Portal.url();

  private static Path profile;
  private static WebDriver driver;
  private static Mailbox mailbox;

  @BeforeAll
  static void startBrowserAndMailbox() {
    mailbox = new Mailbox().start();
    profile = Browser.newProfile();
    driver = Browser.start(profile);
  }

  @AfterAll
  static void stopBrowserAndMailbox() {
    try {
      Browser.quit(driver, profile);
    } finally {
      if (mailbox != null) {
        mailbox.close();
      }
    }
  }

  @Test
  void citizenCommentsOnATableRowFromAPhoneAndFollowsItUp(@TempDir Path files) throws Exception {
    CitizenObservation ana =
        CitizenObservation.unique()
            .withAttachment(Files.write(files.resolve("propuesta.pdf"), SMALL_PDF));

    HomePage home = HomePage.open(driver, base);
    assertFitsPhone(home);
    ConsultationPage consultation = home.openConsultation(OPEN);
    assertFitsPhone(consultation);
    String title = consultation.heading();
    Part row = consultation.firstTableRow();

    ObservationFormPage form = consultation.commentOnFirstTableRow();
    assertFitsPhone(form);
    assertTrue(
        form.about().contains(row.label()), () -> "the form should name the part: " + form.about());
    assertEquals(String.valueOf(row.id()), form.postedPartId());

    form.fill(ana);
    String left =
        String.format(java.util.Locale.forLanguageTag("es-CO"), "%,d", 5000 - ana.text().length());
    assertEquals(
        "Quedan " + left + " de 5.000 caracteres.",
        form.textCounter(),
        "the counter writes both numbers the es-CO way");
    ReceiptPage receipt = form.send();
    assertFitsPhone(receipt);
    String code = receipt.trackingCode();
    assertTrue(code.matches(TRACKING_CODE), () -> "tracking code: " + code);
    assertEquals(row.label(), receipt.partLabel());

    List<Mail> mails = mailbox.mailsTo(ana.email(), MAIL_TIMEOUT);
    assertEquals(1, mails.size(), () -> "receipt mails to " + ana.email() + ": " + mails);
    Mail mail = mails.get(0);
    assertAll(
        "receipt mail",
        () -> assertEquals(text("mail.receipt.subject").replace("{0}", code), mail.subject()),
        () -> assertContains(mail.body(), code),
        () -> assertContains(mail.body(), title),
        () -> assertContains(mail.body(), row.label()),
        // Nothing the sender typed goes out from the portal's address: a stranger could write
        // anything.
        () -> assertContains(mail.body(), "/recibida?codigo=" + code + "&firma="),
        () ->
            assertFalse(mail.body().contains(ana.authorName()), "the sender's name is not mailed"),
        () -> assertFalse(mail.body().contains(ana.text()), "the sender's text is not mailed"));

    // The signed link shows what was received: the text (escaped), and the attachment by name.
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("/recibida\\?codigo=\\S+").matcher(mail.body());
    assertTrue(link.find(), "a signed link to what was received");
    driver.get(base + link.group().substring(1));
    assertEquals(ana.text(), driver.findElement(By.cssSelector(".observation-text")).getText());
    assertContains(driver.getPageSource(), "propuesta.pdf");
    Browser.assertAccessible(driver, "what was received");

    LookupPage lookup = LookupPage.open(driver, base).search(code, ana.email());
    assertFitsPhone(lookup);
    assertEquals(text("ObservationStatus.RECEIVED"), lookup.status());
    assertEquals(ana.text(), lookup.observationText());
    // getPageSource() serialises the DOM: a text node shows escaped, a real script element would
    // not.
    assertContains(lookup.source(), "&lt;script&gt;alert('x')&lt;/script&gt;");
    assertFalse(
        lookup.source().contains("<script>alert("),
        "the observation's markup must not reach the DOM");
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());

    assertEquals(
        1, TestDatabase.count("SELECT COUNT(*) FROM observation WHERE email = ?", ana.email()));
    assertEquals(
        row.id(),
        TestDatabase.count("SELECT part_id FROM observation WHERE email = ?", ana.email()));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(*) FROM observation_attachment a JOIN observation o ON o.id = a.observation_id"
                + " WHERE o.email = ? AND a.file_name = 'propuesta.pdf'",
            ana.email()));
  }

  @Test
  void citizenWhoSendsAnEmptyFormReadsInSpanishWhatIsMissingNextToEachField() throws Exception {
    long before = TestDatabase.countRows("observation");
    Map<String, String> required = new LinkedHashMap<>();
    for (String field :
        List.of("authorName", "email", "stakeholderGroup", "department", "text", "consent")) {
      required.put(field, text("validation." + field + ".required"));
    }

    ObservationFormPage form = ObservationFormPage.open(driver, base, OPEN).sendWithErrors();

    assertAll(
        "errors next to the fields",
        required.entrySet().stream()
            .flatMap(
                e ->
                    Stream.<Executable>of(
                        () ->
                            assertEquals(
                                Optional.of(e.getValue()), form.errorOf(e.getKey()), e.getKey()),
                        () ->
                            assertEquals(
                                "true",
                                form.ariaInvalid(e.getKey()),
                                e.getKey() + " aria-invalid"))));
    assertEquals(Set.copyOf(required.values()), Set.copyOf(form.errorSummary()), "error summary");
    assertEquals(before, TestDatabase.countRows("observation"), "nothing may be saved");

    ObservationFormPage again = form.typeEmail("ana.example.co").sendWithErrors();

    assertEquals(Optional.of(text("validation.email.invalid")), again.errorOf("email"));
    assertEquals("true", again.ariaInvalid("email"));
    assertEquals(before, TestDatabase.countRows("observation"), "nothing may be saved");
  }

  @Test
  void citizenWhoDoubleClicksSendGetsOneObservation() throws Exception {
    CitizenObservation ana = CitizenObservation.unique();
    ObservationFormPage form = ObservationFormPage.open(driver, base, OPEN).fill(ana);

    // The same filled form posted twice at once, then a third time with its button.
    List<String> redirects = form.postTwiceAtOnce();
    ReceiptPage receipt = form.send();

    String code = receipt.trackingCode();
    assertTrue(code.matches(TRACKING_CODE), () -> "tracking code: " + code);
    assertEquals(
        List.of(code, code),
        redirects.stream().map(ReceiptPage::codeInUrl).toList(),
        redirects::toString);
    assertEquals(
        1, TestDatabase.count("SELECT COUNT(*) FROM observation WHERE email = ?", ana.email()));
    assertEquals(1, mailbox.mailsTo(ana.email(), MAIL_TIMEOUT).size(), "receipt mails");
  }

  @Test
  void aPostWithAForgedFormTokenIsRefusedAndNothingIsSaved() throws Exception {
    CitizenObservation eve = CitizenObservation.unique();
    ObservationFormPage form =
        ObservationFormPage.open(driver, base, OPEN)
            .fill(eve)
            .forgeToken("a.1999999999.forged")
            .sendWithErrors();

    assertEquals(List.of(text("observe.error.token")), form.errorSummary());
    assertEquals(
        0, TestDatabase.count("SELECT COUNT(*) FROM observation WHERE email = ?", eve.email()));
  }

  @Test
  void citizenUsingAssistiveTechnologyMeetsNoWcag21Violation() {
    // Each page is reached and audited on its own, so one failure does not hide the others.
    CitizenObservation ana = CitizenObservation.unique();
    assertAll(
        "WCAG 2.1 A/AA (axe-core)",
        () -> audit(HomePage.open(driver, base), "home"),
        () -> audit(ConsultationPage.open(driver, base, OPEN), "consultation"),
        () ->
            audit(
                InfoPage.open(driver, base, "observaciones?c=politica-servicio-ciudadano-2026"),
                "observations in the open"),
        () ->
            audit(
                InfoPage.open(driver, base, "consulta?c=politica-servicio-ciudadano-2026"),
                "consultation with observations in the open"),
        () -> audit(ObservationFormPage.open(driver, base, OPEN), "observation form"),
        () ->
            audit(
                ObservationFormPage.open(driver, base, OPEN).sendWithErrors(),
                "observation form with errors"),
        () -> {
          String code =
              audit(ObservationFormPage.open(driver, base, OPEN).fill(ana).send(), "receipt")
                  .trackingCode();
          audit(LookupPage.open(driver, base).search(code, ana.email()), "tracking with a result");
        },
        () -> audit(InfoPage.open(driver, base, "privacidad"), "privacy policy"),
        () -> audit(InfoPage.open(driver, base, "accesibilidad"), "accessibility statement"));
  }

  /**
   * A citizen opens the accountability section, registers for the upcoming hearing and reads the
   * past hearing's answers and memoria; every page meets WCAG 2.1 AA.
   */
  @Test
  void citizenRegistersForTheHearingAndReadsThePastOnesMemoria() throws Exception {
    driver.get(base + "rendicion-de-cuentas");
    Browser.assertAccessible(driver, "accountability section");
    driver.findElement(By.linkText("Audiencia pública de rendición de cuentas 2026")).click();
    Browser.assertAccessible(driver, "upcoming hearing");
    String email = "camila+" + java.util.UUID.randomUUID() + "@example.co";
    driver.findElement(By.id("reg:fullName")).sendKeys("Camila Ortiz");
    driver.findElement(By.id("reg:email")).sendKeys(email);
    new Select(driver.findElement(By.id("reg:mode"))).selectByValue("ONLINE");
    new Select(driver.findElement(By.id("reg:group"))).selectByValue("EGRESADO");
    new Select(driver.findElement(By.id("reg:department"))).selectByValue("68");
    Browser.press(driver, By.id("reg:consent"));
    Browser.pressAndWaitForNextPage(driver, By.id("reg:submit"));
    assertTrue(
        driver
            .findElement(By.id("registration-done"))
            .getText()
            .contains("confirmar su inscripción"));
    Browser.assertAccessible(driver, "hearing after registering");

    Mail link = mailbox.mailsTo(email, MAIL_TIMEOUT).get(0);
    driver.get(
        base + "confirmar-inscripcion?t=" + HearingForms.secretIn(link, "confirmar-inscripcion"));
    Browser.assertAccessible(driver, "registration confirmation");
    Browser.pressAndWaitForNextPage(driver, By.id("confirm:submit"));
    var done = driver.findElements(By.id("confirmation-done"));
    assertFalse(
        done.isEmpty(),
        () ->
            "the page after confirming says: " + driver.findElement(By.tagName("body")).getText());
    assertTrue(done.get(0).getText().contains("confirmada"));
    Browser.assertAccessible(driver, "registration confirmed");

    driver.get(base + "audiencia?h=audiencia-rendicion-cuentas-2025");
    assertTrue(driver.findElement(By.id("answers")).getText().contains("Laura Gómez"));
    Browser.assertAccessible(driver, "past hearing with answers and survey");
    driver.get(
        base + "audiencia-memoria?h=audiencia-rendicion-cuentas-2025&v=1"); // the demo version;
    // checks may publish
    // more
    assertTrue(
        driver.findElement(By.id("memoria-commitments")).getText().contains("PAAC por regiones"));
    Browser.assertAccessible(driver, "hearing memoria");
  }

  @Test
  void citizenFindsAClosedConsultationReadOnly() {
    ConsultationPage consultation = ConsultationPage.open(driver, base, CLOSED);
    assertTrue(consultation.outlineItems() > 0, "the closed document is still shown");
    assertEquals(List.of(), consultation.commentLinks());

    ObservationFormPage form = ObservationFormPage.open(driver, base, CLOSED);
    assertEquals(Optional.of(text("observe.notOpen")), form.notOpenAlert());
    assertFalse(form.hasForm(), "no form on a closed consultation");
  }

  @Test
  void visitorReadingPublicPagesGetsNoSession() {
    HomePage.open(driver, base);
    driver.manage().deleteAllCookies();

    HomePage.open(driver, base);
    ConsultationPage.open(driver, base, OPEN);

    assertEquals(
        List.of(),
        driver.manage().getCookies().stream()
            .map(Cookie::getName)
            .filter(n -> n.startsWith("JSESSIONID"))
            .toList());
  }

  private static <P extends Page> P audit(P page, String name) {
    Browser.assertAccessible(driver, name);
    return page;
  }

  private static void assertFitsPhone(Page page) {
    assertEquals(
        0, page.horizontalOverflow(), () -> "sideways scrolling on a phone: " + page.url());
  }

  private static void assertContains(String actual, String expected) {
    assertTrue(
        actual.contains(expected),
        () -> "expected to contain «" + expected + "» but was:\n" + actual);
  }
}
