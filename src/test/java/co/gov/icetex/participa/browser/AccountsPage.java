package co.gov.icetex.participa.browser;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The staff accounts list, {@code /admin/cuentas/}. */
final class AccountsPage extends Page {

  AccountsPage(WebDriver driver) {
    super(driver, By.id("new-account"));
  }

  static AccountsPage open(WebDriver driver, URL base) {
    get(driver, base, "admin/cuentas/");
    return new AccountsPage(driver);
  }

  AccountsPage filter(String text) {
    WebElement q = driver.findElement(By.id("q"));
    q.clear();
    q.sendKeys(text);
    clickAndWaitForNextPage(
        driver.findElement(By.cssSelector("form[role='search'] button[type='submit']")));
    return new AccountsPage(driver);
  }

  /** Each row's cells as text: name, e-mail, office, roles, state, locked until, last sign-in. */
  List<List<String>> rows() {
    return driver.findElements(By.cssSelector("#accounts-table tbody tr")).stream()
        .map(
            tr ->
                tr.findElements(By.cssSelector("th, td")).stream()
                    .map(WebElement::getText)
                    .toList())
        .toList();
  }

  AccountFormPage newAccount() {
    clickAndWaitForNextPage(driver.findElement(By.id("new-account")));
    return new AccountFormPage(driver);
  }
}
