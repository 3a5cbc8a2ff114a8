package co.gov.icetex.participa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.ObservationJsonBuilder;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff sign in, see their dashboard and (administrators) the audit trail; the pages meet WCAG 2.1
 * AA.
 */
public abstract class StaffSignsInBrowserChecks {

  protected final URL base = Portal.url();

  private static Path profile;
  private static WebDriver driver;

  @BeforeAll
  static void startBrowser() {
    profile = Browser.newProfile();
    driver = Browser.start(profile);
  }

  @AfterAll
  static void stopBrowser() {
    Browser.quit(driver, profile);
  }

  @BeforeEach
  void signedOut() {
    driver.manage().deleteAllCookies();
  }

  @Test
  void anAdministratorSignsInReadsTheAuditTrailAndSignsOut() {
    SignInPage signIn = SignInPage.open(driver, base);
    Browser.assertAccessible(driver, "sign-in");

    StaffDashboardPage dashboard = signIn.signIn("admin@participa.test", StaffClient.DEMO_PASSWORD);
    assertEquals("admin@participa.test", dashboard.signedInAs());
    assertTrue(
        dashboard.consultations().contains("Plan Anticorrupción y de Atención al Ciudadano 2020"));
    Browser.assertAccessible(driver, "staff dashboard");

    InfoPage audit = dashboard.openAuditTrail();
    assertTrue(audit.heading().contains("Auditoría"));
    Browser.assertAccessible(driver, "audit trail");

    SignInPage after = StaffDashboardPage.open(driver, base).signOut();
    assertTrue(after.url().endsWith("/ingreso"), after.url());
  }

  /**
   * The answer cycle through the browser: a moderator assigns a citizen's observation, a responder
   * answers it, an approver approves and publishes it, and the citizen reads the answer with the
   * tracking code. axe-core checks every staff page on the way.
   */
  @Test
  void staffAnswerAnObservationAndTheCitizenReadsTheAnswer() {
    String email = "lectora+" + java.util.UUID.randomUUID() + "@example.co";
    String code =
        new Api(base, "10.66.1.1")
            .postJson(
                "/api/v1/consultations/paac-2020/observations",
                ObservationJsonBuilder.anObservation().with("email", email).json())
            .json()
            .getString("trackingCode");
    String review = base + "admin/observaciones/ver.xhtml?codigo=" + code;

    SignInPage.open(driver, base).signIn("moderador@participa.test", StaffClient.DEMO_PASSWORD);
    driver.get(base + "admin/observaciones/?q=" + code);
    assertTrue(driver.findElement(By.id("queue-table")).getText().contains(code));
    Browser.assertAccessible(driver, "moderation queue");
    driver.get(review);
    Browser.assertAccessible(driver, "observation review (moderator)");
    new Select(driver.findElement(By.id("assign:office")))
        .selectByVisibleText("Oficina Asesora de Planeación");
    Browser.pressAndWaitForNextPage(driver, By.id("assign:save"));
    assertEquals(
        "Asignada a una dependencia", driver.findElement(By.id("review-status")).getText());
    driver.get(base + "admin/observaciones/plazos.xhtml");
    Browser.assertAccessible(driver, "deadline dashboard");
    driver.get(base + "admin/observaciones/campanas.xhtml");
    Browser.assertAccessible(driver, "form-letter campaigns");
    // The demo campaign (36 copies of a letter on the citizen-service policy), grouped after
    // start-up.
    driver.get(driver.findElement(By.cssSelector("#campaigns-table a")).getAttribute("href"));
    Browser.assertAccessible(driver, "one campaign and its members");
    driver.get(base + "admin/observaciones/registrar.xhtml");
    Browser.assertAccessible(driver, "registering an observation");

    driver.manage().deleteAllCookies();
    SignInPage.open(driver, base).signIn("respuestas@participa.test", StaffClient.DEMO_PASSWORD);
    driver.get(review);
    new Select(driver.findElement(By.id("draft:outcome"))).selectByValue("ACCEPTED");
    driver
        .findElement(By.id("draft:text"))
        .sendKeys("Gracias. Incorporamos su sugerencia en la actividad 1.1.");
    Browser.pressAndWaitForNextPage(driver, By.id("draft:save"));
    assertEquals("Respuesta en revisión", driver.findElement(By.id("review-status")).getText());
    Browser.assertAccessible(driver, "observation review (responder)");
    driver.get(base + "admin/respuestas/");
    Browser.assertAccessible(driver, "answers desk");

    driver.manage().deleteAllCookies();
    SignInPage.open(driver, base).signIn("aprobador@participa.test", StaffClient.DEMO_PASSWORD);
    driver.get(review);
    Browser.assertAccessible(driver, "observation review (approver)");
    Browser.pressAndWaitForNextPage(driver, By.id("approval:approve"));
    Browser.pressAndWaitForNextPage(driver, By.id("publication:publish"));
    assertEquals("Respondida", driver.findElement(By.id("review-status")).getText());

    driver.manage().deleteAllCookies();
    driver.get(base + "seguimiento?codigo=" + code);
    driver.findElement(By.id("lookup:email")).sendKeys(email);
    Browser.pressAndWaitForNextPage(driver, By.id("lookup:search"));
    assertEquals("Aceptada e incorporada", driver.findElement(By.id("lookup-outcome")).getText());
    assertTrue(
        driver
            .findElement(By.id("lookup-answer"))
            .getText()
            .contains("Incorporamos su sugerencia"));
    Browser.assertAccessible(driver, "follow-up with the answer");
  }

  @Test
  void anEditorDoesNotSeeTheAuditTrail() {
    StaffDashboardPage dashboard =
        SignInPage.open(driver, base).signIn("editor@participa.test", StaffClient.DEMO_PASSWORD);
    assertFalse(dashboard.offersAuditTrail());
  }

  @Test
  void aWrongPasswordIsExplainedOnTheSamePage() {
    SignInPage again =
        SignInPage.open(driver, base).signInFailing("editor@participa.test", "no-es-la-clave");
    assertTrue(again.error().orElse("").startsWith("No fue posible iniciar sesión"));
    Browser.assertAccessible(driver, "sign-in with an error");
  }
}
