package co.gov.icetex.participa.browser;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /}: the consultations as cards, open ones first. */
final class HomePage extends Page {

  private HomePage(WebDriver driver) {
    super(driver, By.cssSelector("ul.card-list"));
  }

  static HomePage open(WebDriver driver, URL base) {
    get(driver, base, "");
    return new HomePage(driver);
  }

  /** Follows the title link of a card listed under "open for comments". */
  ConsultationPage openConsultation(String slug) {
    WebElement link =
        driver.findElement(
            By.cssSelector(
                "section[aria-labelledby='open-heading'] li.card a[href$='consulta?c="
                    + slug
                    + "']"));
    clickAndWaitForNextPage(link);
    return new ConsultationPage(driver);
  }
}
