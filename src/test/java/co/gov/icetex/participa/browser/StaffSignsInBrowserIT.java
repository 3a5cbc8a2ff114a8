package co.gov.icetex.participa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Deployments;
import co.gov.icetex.participa.testing.StaffClient;
import java.net.URL;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** Staff sign in, see their dashboard and (administrators) the audit trail; the pages meet WCAG 2.1 AA. */
@ExtendWith(ArquillianExtension.class)
class StaffSignsInBrowserIT {

  @ArquillianResource URL base;

  private static Path profile;
  private static WebDriver driver;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

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
    assertTrue(dashboard.consultations().contains("Plan Anticorrupción y de Atención al Ciudadano 2020"));
    Browser.assertAccessible(driver, "staff dashboard");

    InfoPage audit = dashboard.openAuditTrail();
    assertTrue(audit.heading().contains("Auditoría"));
    Browser.assertAccessible(driver, "audit trail");

    SignInPage after = StaffDashboardPage.open(driver, base).signOut();
    assertTrue(after.url().endsWith("/ingreso"), after.url());
  }

  @Test
  void anEditorDoesNotSeeTheAuditTrail() {
    StaffDashboardPage dashboard =
        SignInPage.open(driver, base).signIn("editor@participa.test", StaffClient.DEMO_PASSWORD);
    assertFalse(dashboard.offersAuditTrail());
  }

  @Test
  void aWrongPasswordIsExplainedOnTheSamePage() {
    SignInPage again = SignInPage.open(driver, base).signInFailing("editor@participa.test", "no-es-la-clave");
    assertTrue(again.error().orElse("").startsWith("No fue posible iniciar sesión"));
    Browser.assertAccessible(driver, "sign-in with an error");
  }
}
