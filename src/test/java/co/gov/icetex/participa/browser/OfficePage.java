package co.gov.icetex.participa.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * One office: rename, deactivate, reactivate, {@code /admin/dependencias/dependencia.xhtml?id=N}.
 */
final class OfficePage extends Page {

  OfficePage(WebDriver driver) {
    super(driver, By.id("rename"));
  }

  String notice() {
    return driver.findElement(By.id("notice")).getText().strip();
  }

  String state() {
    return driver.findElement(By.id("office-state")).getText().strip();
  }
}
