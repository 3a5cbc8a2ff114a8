package co.gov.icetex.participa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * An administrator creates an office and then an account in it, on a phone-sized window; the
 * offices and accounts pages, with and without errors, and the "forgot password" page meet WCAG 2.1
 * AA.
 */
public abstract class AdministratorManagesStaffBrowserChecks {

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
  void anAdministratorCreatesAnOfficeAndAnAccountInIt() {
    SignInPage.open(driver, base).signIn("admin@participa.test", StaffClient.DEMO_PASSWORD);
    String office = "Oficina de Pruebas del Navegador " + System.nanoTime();

    OfficesPage offices = OfficesPage.open(driver, base);
    Browser.assertAccessible(driver, "offices");
    OfficePage created = offices.create(office);
    assertTrue(created.notice().contains(office), created.notice());
    assertEquals("Activa", created.state());
    Browser.assertAccessible(driver, "office");

    OfficesPage twin = OfficesPage.open(driver, base).createFailing(office.toLowerCase());
    assertTrue(
        twin.nameError().orElse("").startsWith("Ya existe una dependencia llamada"),
        twin.nameError().toString());
    assertTrue(twin.nameErrorIsTiedToTheField());
    assertTrue(twin.names().contains(office));
    Browser.assertAccessible(driver, "offices with an error");

    AccountsPage accounts = AccountsPage.open(driver, base);
    Browser.assertAccessible(driver, "accounts");
    AccountFormPage form = accounts.newAccount();
    Browser.assertAccessible(driver, "new account");

    String email = "navegador-" + System.nanoTime() + "@participa.test";
    AccountFormPage missingOffice =
        form.fill("Nora Navegadora", email, Bundle.text("admin.account.office.none"), "RESPONDER")
            .save();
    assertTrue(missingOffice.showsErrorSummary());
    assertEquals(
        Bundle.text("admin.accounts.error.responderNeedsOffice"),
        missingOffice.error("office").orElse(""));
    Browser.assertAccessible(driver, "new account with errors");

    AccountFormPage saved =
        missingOffice.fill("Nora Navegadora", email, office, "RESPONDER").save();
    assertTrue(saved.notice().orElse("").contains(email), saved.notice().toString());
    assertEquals("Activa", saved.state());
    Browser.assertAccessible(driver, "account");

    List<List<String>> rows = AccountsPage.open(driver, base).filter(email).rows();
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(
        List.of("Nora Navegadora", email, office, "Respuestas"), rows.get(0).subList(0, 4));
    assertTrue(rows.get(0).get(4).contains("invitación pendiente"), rows.get(0).toString());
    Browser.assertAccessible(driver, "accounts filtered");
  }

  @Test
  void anAdministratorLooksUpWhatThePortalKeepsAboutAHolderAndIsToldWhatASuppressionNeeds()
      throws Exception {
    String email = "laura.camila.r.os@example.co"; // a demo author
    long before = TestDatabase.count("SELECT COUNT(*) FROM observation WHERE email = ?", email);
    SignInPage.open(driver, base).signIn("admin@participa.test", StaffClient.DEMO_PASSWORD);
    driver.get(base + "admin/datos-personales/");
    Browser.assertAccessible(driver, "personal-data requests");

    driver.findElement(By.id("find:email")).sendKeys(email);
    Browser.pressAndWaitForNextPage(driver, By.id("find:search"));
    assertTrue(
        driver.findElement(By.id("held-observations")).getText().contains("Laura Camila Ríos"));
    Browser.assertAccessible(driver, "what the portal keeps about a holder");

    Browser.pressAndWaitForNextPage(driver, By.id("suppress:go"));
    assertEquals(
        Bundle.text("privacy.error.confirm"), driver.findElement(By.id("confirm-error")).getText());
    assertEquals(
        "true", driver.findElement(By.id("suppress:reference")).getAttribute("aria-invalid"));
    Browser.assertAccessible(driver, "suppression refused for what is missing");
    assertEquals(
        before,
        TestDatabase.count("SELECT COUNT(*) FROM observation WHERE email = ?", email),
        "nothing suppressed");
  }

  @Test
  void theForgotPasswordPageIsReachableFromSignInAndAccessible() {
    InfoPage forgot = SignInPage.open(driver, base).forgotPassword();
    assertEquals(Bundle.text("forgotPassword.title"), forgot.heading());
    Browser.assertAccessible(driver, "forgot password");
  }
}
