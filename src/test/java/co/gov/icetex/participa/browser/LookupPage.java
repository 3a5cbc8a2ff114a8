package co.gov.icetex.participa.browser;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * {@code /seguimiento}: following an observation with its code and e-mail (form {@code lookup}).
 */
final class LookupPage extends Page {

  private LookupPage(WebDriver driver) {
    super(driver, By.id("lookup"));
  }

  static LookupPage open(WebDriver driver, URL base) {
    get(driver, base, "seguimiento");
    return new LookupPage(driver);
  }

  LookupPage search(String code, String email) {
    type("lookup:code", code);
    type("lookup:email", email);
    clickAndWaitForNextPage(driver.findElement(By.id("lookup:search")));
    return new LookupPage(driver);
  }

  String result() {
    return driver.findElement(By.id("lookup-result")).getText();
  }

  String status() {
    return driver.findElement(By.id("lookup-status")).getText();
  }

  /** The observation's text as the result shows it. */
  String observationText() {
    return driver.findElement(By.cssSelector("#lookup-result dd.outline__body")).getText();
  }

  private void type(String id, String value) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }
}
