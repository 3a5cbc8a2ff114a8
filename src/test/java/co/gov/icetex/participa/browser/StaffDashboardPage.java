package co.gov.icetex.participa.browser;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The staff dashboard, {@code /admin/}, and the staff navigation every staff page shares. */
final class StaffDashboardPage extends Page {

  StaffDashboardPage(WebDriver driver) {
    super(driver, By.cssSelector("main .admin-user"));
  }

  static StaffDashboardPage open(WebDriver driver, URL base) {
    get(driver, base, "admin/");
    return new StaffDashboardPage(driver);
  }

  String signedInAs() {
    return driver.findElement(By.cssSelector(".admin-user strong")).getText();
  }

  /** The consultations listed in the intake table. */
  List<String> consultations() {
    return driver.findElements(By.cssSelector(".data-table tbody th")).stream()
        .map(WebElement::getText)
        .toList();
  }

  InfoPage openAuditTrail() {
    clickAndWaitForNextPage(driver.findElement(By.cssSelector("a[href$='/admin/auditoria/']")));
    return InfoPage.current(driver);
  }

  boolean offersAuditTrail() {
    return !driver.findElements(By.cssSelector("a[href$='/admin/auditoria/']")).isEmpty();
  }

  SignInPage signOut() {
    clickAndWaitForNextPage(driver.findElement(By.id("signout:out")));
    return SignInPage.current(driver);
  }
}
