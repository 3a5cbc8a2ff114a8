package co.gov.icetex.participa.browser;

import java.net.URL;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The staff sign-in page, {@code /ingreso}. */
final class SignInPage extends Page {

  private SignInPage(WebDriver driver) {
    super(driver, By.id("signin"));
  }

  static SignInPage current(WebDriver driver) {
    return new SignInPage(driver);
  }

  static SignInPage open(WebDriver driver, URL base) {
    get(driver, base, "ingreso");
    return new SignInPage(driver);
  }

  StaffDashboardPage signIn(String email, String password) {
    fill(email, password);
    clickAndWaitForNextPage(driver.findElement(By.id("signin:submit")));
    return new StaffDashboardPage(driver);
  }

  SignInPage signInFailing(String email, String password) {
    fill(email, password);
    clickAndWaitForNextPage(driver.findElement(By.id("signin:submit")));
    return new SignInPage(driver);
  }

  /** Follows "¿Olvidó su contraseña?" to the page that sends a reset link. */
  InfoPage forgotPassword() {
    clickAndWaitForNextPage(driver.findElement(By.id("forgot-link")));
    return InfoPage.current(driver);
  }

  Optional<String> error() {
    // The one sentence of the page's error summary (the template's, for the form signin).
    return driver.findElements(By.cssSelector("#signin-errors li")).stream()
        .findFirst()
        .map(e -> e.getText().strip());
  }

  private void fill(String email, String password) {
    driver.findElement(By.id("signin:email")).clear();
    driver.findElement(By.id("signin:email")).sendKeys(email);
    driver.findElement(By.id("signin:password")).sendKeys(password);
  }
}
