package co.gov.icetex.participa.browser;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A page read as a whole, such as {@code /privacidad}, {@code /accesibilidad} or the audit trail.
 */
final class InfoPage extends Page {

  private InfoPage(WebDriver driver) {
    super(driver, By.cssSelector("main h1"));
  }

  /** The page the browser shows now. */
  static InfoPage current(WebDriver driver) {
    return new InfoPage(driver);
  }

  static InfoPage open(WebDriver driver, URL base, String path) {
    get(driver, base, path);
    return new InfoPage(driver);
  }
}
