package co.gov.icetex.participa.browser;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A page of text only, such as {@code /privacidad} or {@code /accesibilidad}. */
final class InfoPage extends Page {

  private InfoPage(WebDriver driver) {
    super(driver, By.cssSelector("main h1"));
  }

  static InfoPage open(WebDriver driver, URL base, String path) {
    get(driver, base, path);
    return new InfoPage(driver);
  }
}
