package co.gov.icetex.participa.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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
    return driver.findElement(By.id("on-time")).getAttribute("textContent").strip();
  }

  /** The tracking codes of the observations listed, in order. */
  List<String> listedCodes() {
    return driver.findElements(By.cssSelector("li.report-entry")).stream()
        .map(e -> e.getAttribute("id"))
        .toList();
  }

  /** Types a tracking code in "Buscar su código" and sends it. */
  ReportPage findCode(String code) {
    WebElement box = driver.findElement(By.id("codigo"));
    box.clear();
    box.sendKeys(code);
    clickAndWaitForNextPage(driver.findElement(By.id("find-submit")));
    return new ReportPage(driver);
  }

  String codeResult() {
    return driver.findElement(By.id("code-result")).getText().strip();
  }

  /** How far down the page (CSS pixels from its top) an element starts. */
  long documentTop(String id) {
    return ((Number)
            script(
                "return Math.round(document.getElementById(arguments[0]).getBoundingClientRect().top"
                    + " + window.scrollY);",
                id))
        .longValue();
  }

  /** Whether the figures (the totals tables) are unfolded. */
  boolean figuresOpen() {
    return driver.findElement(By.id("report-figures")).getAttribute("open") != null;
  }
}
