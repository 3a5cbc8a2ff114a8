package co.gov.icetex.participa.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The staff page of one observation, {@code /admin/observaciones/ver.xhtml}. */
final class ObservationReviewPage extends Page {

  ObservationReviewPage(WebDriver driver) {
    super(driver, By.id("review-back"));
  }

  /** The banner's state, e.g. "Recibida". */
  String state() {
    return driver.findElement(By.id("review-banner-title")).getText();
  }

  StaffQueuePage backToTheQueue() {
    clickAndWaitForNextPage(driver.findElement(By.id("review-back")));
    return new StaffQueuePage(driver);
  }

  boolean offersNextPending() {
    return !driver.findElements(By.id("review-next")).isEmpty();
  }
}
