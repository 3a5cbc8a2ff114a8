package co.gov.icetex.participa.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.consultation.FinalVersionJourney;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * An editor starts the final version of a closed consultation in the browser; once it is published
 * a citizen goes from the consultation page to the final version, to a changed part and from there
 * to the observations that led to the change. Both pages meet WCAG 2.1 AA (axe-core).
 */
public abstract class CitizenFollowsAChangeToItsObservationsBrowserChecks {

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
  void aCitizenFollowsAChangedPartToTheObservationsBehindIt() throws Exception {
    var journey =
        new FinalVersionJourney(base)
            .publishConsultation("Plan con versión final para el navegador");
    journey.commentAndAnswer();
    journey.close();

    SignInPage.open(driver, base).signIn(FinalVersionJourney.EDITOR, StaffClient.DEMO_PASSWORD);
    driver.get(base.toString().replaceAll("/?$", "") + journey.finalPage());
    Browser.assertAccessible(driver, "final version, not started");
    driver.findElement(By.id("start:start")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.id("final-parts")).isEmpty());
    driver.get(
        base.toString().replaceAll("/?$", "")
            + journey.finalPage()
            + "&parte="
            + journey.finalPartOf(journey.textPartId));
    Browser.assertAccessible(driver, "final version, editing a part and its links");

    journey.editLinkAndPublish();
    driver.get(base.toString().replaceAll("/?$", "") + journey.finalPage());
    Browser.assertAccessible(driver, "final version, published (editor)");

    FinalVersionPage page = FinalVersionPage.fromConsultation(driver, base, journey.slug);
    Browser.assertAccessible(driver, "public final version");
    String anchor = page.goToChange("1 Seguimiento");
    assertTrue(
        page.finalSide(anchor).contains("Texto agregado: tres"),
        "the insertion is announced, not only coloured");
    String observations = page.followObservations(anchor);
    assertTrue(
        observations.contains(journey.acceptedCode) && observations.contains(journey.partialCode),
        observations);
    assertTrue(
        observations.contains("Ciudadano/a")
            && observations.contains(FinalVersionJourney.NAMED_AUTHOR),
        observations);
    assertFalse(observations.contains(FinalVersionJourney.SECRET_EMAIL), observations);
    assertTrue(observations.contains("Acogemos la propuesta"), observations);
    assertTrue(page.horizontalOverflow() <= 1, "nothing scrolls sideways on a phone");
  }
}
