package co.gov.icetex.participa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.browser.ConsultationPage.Part;
import co.gov.icetex.participa.testing.Portal;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen on a phone finds an activity deep in the PAAC 2020 (87 parts, tens of thousands of
 * pixels tall on a phone) through the contents list, comments on it, and comes back to it after
 * sending. The page is audited with axe-core at phone and desktop widths. Saves one observation
 * from the browser's address (the portal allows 5 per hour from one address; see
 * CitizenSubmitsObservationBrowserChecks, which saves 3).
 */
public abstract class CitizenFindsAPartOfALongPlanBrowserChecks {

  private static final String PAAC = "paac-2020";
  private static final Dimension PHONE = new Dimension(390, 844);
  private static final Dimension DESKTOP = new Dimension(1280, 900);

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

  @Test
  void findsAnActivityThroughTheContentsCommentsItAndComesBackToIt() {
    driver.manage().window().setSize(PHONE);
    ConsultationPage plan = ConsultationPage.open(driver, base, PAAC);
    assertNull(
        driver.findElement(By.cssSelector("nav.contents details")).getAttribute("open"),
        "on a phone the contents list comes folded");
    Browser.assertAccessible(driver, "the PAAC on a phone");

    List<String> labels = plan.openContents();
    assertTrue(labels.size() >= 20, () -> "a link per chapter and section: " + labels);
    // The last part that holds a table: deep in the document.
    String target = null;
    String label = null;
    List<WebElement> links = new ArrayList<>(plan.contentsLinks());
    Collections.reverse(links);
    for (WebElement link : links) {
      String fragment = link.getAttribute("href").replaceFirst("^[^#]*#", "");
      if (!plan.rowsUnder(fragment).isEmpty()) {
        target = fragment;
        label = link.getText();
        break;
      }
    }
    assertTrue(target != null, "a part with a table in the contents list");
    String followed = plan.followContentsLink(label);
    assertEquals(target, followed);
    WebElement part = driver.findElement(By.id(target));
    waitUntil(() -> driver.getCurrentUrl().endsWith("#" + followed) && plan.inView(part));

    List<WebElement> rows = plan.rowsUnder(target);
    WebElement row = rows.get(rows.size() > 1 ? 1 : 0);
    String number = ConsultationPage.rowNumber(row);
    assertEquals("Actividad " + (rows.size() > 1 ? 2 : 1), number);
    Part commented = ConsultationPage.partOf(row);

    ObservationFormPage form = plan.commentOn(row);
    assertEquals(String.valueOf(commented.id()), form.postedPartId());
    ReceiptPage receipt = form.fill(CitizenObservation.unique()).send();
    assertEquals(commented.label(), receipt.partLabel());

    ConsultationPage back = receipt.backToConsultation();
    String anchor = "parte-" + commented.id();
    assertTrue(back.url().endsWith("#" + anchor), back::url);
    WebElement again = driver.findElement(By.id(anchor));
    waitUntil(() -> back.inView(again));
    assertEquals(number, ConsultationPage.rowNumber(again));
    assertEquals(0, back.horizontalOverflow(), "nothing scrolls sideways on a phone");

    driver.manage().window().setSize(DESKTOP);
    ConsultationPage wide = ConsultationPage.open(driver, base, PAAC);
    assertTrue(
        driver.findElement(By.cssSelector("nav.contents details")).getAttribute("open") != null,
        "beside the text on a wide screen, the list is open");
    assertEquals(
        "sticky",
        driver.findElement(By.cssSelector("nav.contents")).getCssValue("position"),
        "and stays in view while the text scrolls");
    Browser.assertAccessible(driver, "the PAAC on a desktop");
    assertEquals(0, wide.horizontalOverflow());
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
  }
}
