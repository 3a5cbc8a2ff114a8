package co.gov.icetex.participa.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.HearingForms;
import co.gov.icetex.participa.testing.Mailbox;
import co.gov.icetex.participa.testing.Portal;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A citizen follows the link on the home page to the alerts, forgets the consent, subscribes,
 * confirms from the e-mailed link and opens the page that manages the subscription; axe-core audits
 * each page.
 */
public abstract class CitizenSubscribesToAlertsBrowserChecks {

  private static final Mailbox MAILBOX = new Mailbox();
  protected final URL base = Portal.url();

  private static Path profile;
  private static WebDriver driver;

  @BeforeAll
  static void start() {
    MAILBOX.start();
    profile = Browser.newProfile();
    driver = Browser.start(profile);
  }

  @AfterAll
  static void stop() {
    Browser.quit(driver, profile);
    MAILBOX.stop();
  }

  @Test
  void subscribesConfirmsAndManagesTheAlerts() throws Exception {
    String email =
        "navegador.avisos+" + UUID.randomUUID().toString().substring(0, 8) + "@example.co";
    HomePage.open(driver, base);
    Browser.pressAndWaitForNextPage(driver, By.id("home-alerts-link"));
    InfoPage.current(driver);
    Browser.assertAccessible(driver, "/avisos");

    driver.findElement(By.id("alert:email")).sendKeys(email);
    Browser.press(driver, By.id("alert:newConsultations"));
    Browser.pressAndWaitForNextPage(driver, By.id("alert:submit"));
    InfoPage.current(driver);
    assertFalse(driver.findElements(By.id("consent-error")).isEmpty(), "the consent is required");
    Browser.assertAccessible(driver, "/avisos with an error");

    Browser.press(driver, By.id("alert:consent"));
    Browser.pressAndWaitForNextPage(driver, By.id("alert:submit"));
    InfoPage.current(driver);
    assertFalse(driver.findElements(By.id("subscribe-done")).isEmpty(), driver.getPageSource());
    Browser.assertAccessible(driver, "/avisos sent");

    String secret =
        HearingForms.secretIn(
            MAILBOX.mailsTo(email, Duration.ofSeconds(20)).get(0), "confirmar-aviso");
    InfoPage.open(driver, base, "confirmar-aviso?t=" + secret);
    Browser.assertAccessible(driver, "/confirmar-aviso");
    Browser.pressAndWaitForNextPage(driver, By.id("confirm:submit"));
    InfoPage.current(driver);
    assertFalse(driver.findElements(By.id("confirmation-done")).isEmpty(), driver.getPageSource());
    Browser.assertAccessible(driver, "/confirmar-aviso confirmed");

    Browser.pressAndWaitForNextPage(driver, By.id("manage-link"));
    InfoPage.current(driver);
    assertTrue(
        driver.findElement(By.id("topics:newConsultations")).isSelected(),
        "the page shows the chosen topics");
    Browser.assertAccessible(driver, "/gestionar-avisos");
    Browser.press(driver, By.id("topics:closingReminders"));
    Browser.pressAndWaitForNextPage(driver, By.id("topics:save"));
    InfoPage.current(driver);
    assertFalse(driver.findElements(By.id("manage-saved")).isEmpty(), driver.getPageSource());
    Browser.assertAccessible(driver, "/gestionar-avisos saved");
  }
}
