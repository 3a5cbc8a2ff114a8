package co.gov.icetex.participa.browser;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The offices list with its "new office" form, {@code /admin/dependencias/}. */
final class OfficesPage extends Page {

  OfficesPage(WebDriver driver) {
    super(driver, By.id("newOffice"));
  }

  static OfficesPage open(WebDriver driver, URL base) {
    get(driver, base, "admin/dependencias/");
    return new OfficesPage(driver);
  }

  OfficePage create(String name) {
    type(name);
    clickAndWaitForNextPage(driver.findElement(By.id("newOffice:create")));
    return new OfficePage(driver);
  }

  OfficesPage createFailing(String name) {
    type(name);
    clickAndWaitForNextPage(driver.findElement(By.id("newOffice:create")));
    return new OfficesPage(driver);
  }

  Optional<String> nameError() {
    return driver.findElements(By.id("name-error")).stream()
        .findFirst()
        .map(e -> e.getText().strip());
  }

  /** Whether the name field points assistive technology at its error. */
  boolean nameErrorIsTiedToTheField() {
    String describedBy =
        driver.findElement(By.id("newOffice:name")).getAttribute("aria-describedby");
    return describedBy != null && describedBy.contains("name-error");
  }

  List<String> names() {
    return driver.findElements(By.cssSelector("#offices-table tbody th")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void type(String name) {
    WebElement field = driver.findElement(By.id("newOffice:name"));
    field.clear();
    field.sendKeys(name);
  }
}
