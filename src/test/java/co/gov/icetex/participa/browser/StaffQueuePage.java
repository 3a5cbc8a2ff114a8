package co.gov.icetex.participa.browser;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The staff queue, {@code /admin/observaciones/}, with its filters, pager and rows. */
final class StaffQueuePage extends Page {

  StaffQueuePage(WebDriver driver) {
    super(driver, By.cssSelector("form.filters[role='search']"));
  }

  /** {@code query}: the queue's filters as a query string, e.g. "consulta=12". */
  static StaffQueuePage open(WebDriver driver, URL base, String query) {
    get(driver, base, "admin/observaciones/?" + query);
    return new StaffQueuePage(driver);
  }

  /** The view chosen in "Mostrar" ("Requiere mi acción"…). */
  String view() {
    return new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("ver")))
        .getFirstSelectedOption()
        .getText();
  }

  /** "Mostrando 1–50 de 51". */
  String count() {
    return driver.findElement(By.cssSelector("#queue-total .pagination__count")).getText();
  }

  StaffQueuePage goToPage(int number) {
    clickAndWaitForNextPage(
        driver.findElement(
            By.xpath(
                "//nav[contains(@class,'pagination')]//a[normalize-space(text()[last()])='"
                    + number
                    + "']")));
    return new StaffQueuePage(driver);
  }

  String firstCode() {
    return driver.findElement(By.cssSelector("#queue-table tbody td a")).getText();
  }

  ObservationReviewPage openFirst() {
    clickAndWaitForNextPage(driver.findElement(By.cssSelector("#queue-table tbody td a")));
    return new ObservationReviewPage(driver);
  }

  String url() {
    return driver.getCurrentUrl();
  }
}
