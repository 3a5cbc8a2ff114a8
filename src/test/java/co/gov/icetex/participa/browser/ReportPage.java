package co.gov.icetex.participa.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /informe?c=<slug>}: a published response report. */
final class ReportPage extends Page {

  ReportPage(WebDriver driver) {
    super(driver, By.id("downloads"));
  }

  /** Follows the consultation page's link to its report. */
  static ReportPage fromConsultation(ConsultationPage consultation, WebDriver driver) {
    consultation.openReport();
    return new ReportPage(driver);
  }

  /** The absolute address of a download link: pdf, csv, xlsx or json. */
  String downloadLink(String format) {
    return driver.findElement(By.id("download-" + format)).getAttribute("href");
  }

  int listedObservations() {
    return driver.findElements(By.cssSelector("li.report-entry")).size();
  }

  String onTimeShare() {
    return driver.findElement(By.id("on-time")).getText();
  }
}
