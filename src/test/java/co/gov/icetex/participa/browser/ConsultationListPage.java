package co.gov.icetex.participa.browser;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /admin/consultas/}: the editors' list of consultations, drafts included. */
final class ConsultationListPage extends Page {

  ConsultationListPage(WebDriver driver) {
    super(driver, By.id("new-consultation"));
  }

  static ConsultationListPage open(WebDriver driver, URL base) {
    get(driver, base, "admin/consultas/");
    return new ConsultationListPage(driver);
  }

  ConsultationEditorPage startNew() {
    clickAndWaitForNextPage(driver.findElement(By.id("new-consultation")));
    return new ConsultationEditorPage(driver);
  }

  List<String> titles() {
    return driver.findElements(By.cssSelector("#consultations-table tbody th")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
