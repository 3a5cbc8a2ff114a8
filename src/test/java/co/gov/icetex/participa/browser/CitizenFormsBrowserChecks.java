package co.gov.icetex.participa.browser;

import static co.gov.icetex.participa.browser.Bundle.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Portal;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A citizen on a phone (390x844) gets the observation form wrong, then right, and follows the
 * confirmation to the status page: the one error pattern (summary first in main, focused, title
 * "Error: ", links in the fields' order), the due date and the pre-filled status link, axe-core on
 * every page. Saves one observation from the browser's address (127.0.0.1, 5 an hour): with
 * CitizenSubmitsObservationBrowserChecks' 3, keep the classes together under 5.
 */
public abstract class CitizenFormsBrowserChecks {

  /** An open consultation other checks do not count observations of. */
  private static final String OPEN = "anteproyecto-presupuesto-2027";

  protected final URL base = Portal.url();

  private static Path profile;
  private static WebDriver driver;

  @BeforeAll
  static void startBrowser() {
    profile = Browser.newProfile();
    driver = Browser.start(profile);
    driver.manage().window().setSize(new Dimension(390, 844));
  }

  @AfterAll
  static void stopBrowser() {
    Browser.quit(driver, profile);
  }

  private static String focusedId() {
    return driver.switchTo().activeElement().getAttribute("id");
  }

  private static String firstInMain() {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript("return document.querySelector('main').firstElementChild.id;");
  }

  @Test
  void citizenFixesTheFormFromTheSummaryThenFollowsTheConfirmationToItsStatus() {
    ObservationFormPage form = ObservationFormPage.open(driver, base, OPEN);
    Browser.assertAccessible(driver, "observation form");
    ObservationFormPage refused = form.typeEmail("ana.example.co").sendWithErrors();

    assertTrue(driver.getTitle().startsWith("Error: "), driver.getTitle());
    assertEquals("obs-errors", firstInMain(), "the summary is the first thing in main");
    assertEquals("obs-errors", focusedId(), "the summary has the focus");
    List<String> linked = refused.errorSummaryTargets();
    assertEquals(
        List.of(
            "obs:text",
            "obs:authorName",
            "obs:email",
            "obs:stakeholderGroup",
            "obs:department",
            "obs:consent"),
        linked);
    List<String> inputs = refused.inputOrder();
    assertEquals(
        linked,
        inputs.stream().filter(linked::contains).toList(),
        "the summary lists the fields in the order of the page");
    Browser.assertAccessible(driver, "observation form with errors");

    CitizenObservation ana = CitizenObservation.unique();
    ReceiptPage receipt = refused.fill(ana).send();
    String code = receipt.trackingCode();
    assertFalse(driver.getTitle().startsWith("Error"), driver.getTitle());
    String due = driver.findElement(By.id("receipt-due")).getText();
    assertTrue(due.startsWith("Le responderemos a más tardar el "), due);
    String mail = driver.findElement(By.id("receipt-mail")).getText();
    assertTrue(mail.contains("an\u2022\u2022\u2022@example.co"), mail);
    assertFalse(mail.contains(ana.email()), mail);
    Browser.assertAccessible(driver, "confirmation");

    Browser.pressAndWaitForNextPage(driver, By.id("receipt-track"));
    assertTrue(
        driver.getCurrentUrl().endsWith("/seguimiento?codigo=" + code), driver.getCurrentUrl());
    assertEquals(code, driver.findElement(By.id("lookup:code")).getAttribute("value"));
    Browser.assertAccessible(driver, "status page, code filled in");
    driver.findElement(By.id("lookup:email")).sendKeys(ana.email());
    Browser.pressAndWaitForNextPage(driver, By.id("lookup:search"));
    assertEquals(
        text("ObservationStatus.RECEIVED"), driver.findElement(By.id("lookup-status")).getText());
    Browser.assertAccessible(driver, "status page with the result");
  }

  @Test
  void departmentsEndWithAbroadAndUndisclosed() {
    ObservationFormPage.open(driver, base, OPEN);
    List<String> labels =
        new Select(driver.findElement(By.id("obs:department")))
            .getOptions().stream().map(WebElement::getText).toList();
    assertEquals(
        List.of("Exterior", "Prefiero no decir"), labels.subList(labels.size() - 2, labels.size()));
    assertTrue(labels.indexOf("Córdoba") < labels.indexOf("Cundinamarca"), labels.toString());
  }

  @Test
  void aMalformedAddressOnTheRecoveryPageIsSaidFirstAndFocused() {
    driver.get(base + "recuperar-codigos");
    Browser.assertAccessible(driver, "recover codes");
    driver.findElement(By.id("recover:email")).sendKeys("no-es-un-correo");
    Browser.pressAndWaitForNextPage(driver, By.id("recover:send"));
    assertTrue(driver.getTitle().startsWith("Error: "), driver.getTitle());
    assertEquals("recover-errors", firstInMain());
    assertEquals("recover-errors", focusedId());
    Browser.assertAccessible(driver, "recover codes with an error");
  }
}
