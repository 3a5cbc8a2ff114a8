package co.gov.icetex.participa.browser;

import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Creating or editing one account, {@code /admin/cuentas/cuenta.xhtml[?id=N]}. */
final class AccountFormPage extends Page {

  AccountFormPage(WebDriver driver) {
    super(driver, By.id("acct"));
  }

  AccountFormPage fill(String fullName, String email, String office, String... roles) {
    type("acct:fullName", fullName);
    if (!driver.findElements(By.id("acct:email")).isEmpty()) {
      type("acct:email", email);
    }
    new Select(driver.findElement(By.id("acct:office"))).selectByVisibleText(office);
    for (String role : roles) {
      WebElement box = driver.findElement(By.id("acct:role_" + role));
      if (!box.isSelected()) {
        // by its label, as a person would
        click(driver.findElement(By.cssSelector("label[for='acct:role_" + role + "']")));
      }
    }
    return this;
  }

  AccountFormPage save() {
    clickAndWaitForNextPage(driver.findElement(By.id("acct:save")));
    return new AccountFormPage(driver);
  }

  Optional<String> notice() {
    return driver.findElements(By.id("notice")).stream().findFirst().map(e -> e.getText().strip());
  }

  Optional<String> error(String field) {
    return driver.findElements(By.id(field + "-error")).stream()
        .findFirst()
        .map(e -> e.getText().strip());
  }

  /** The error summary at the top, focusable, listing every problem. */
  /** The page's one error summary, which the template puts first in main (id: the form's). */
  boolean showsErrorSummary() {
    return !driver.findElements(By.id("acct-errors")).isEmpty();
  }

  String state() {
    return driver.findElement(By.id("account-state")).getText().strip();
  }

  private void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }
}
