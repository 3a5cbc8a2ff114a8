package co.gov.icetex.participa.browser;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /consulta?c=<slug>}: a consultation and the outline of its parts. */
final class ConsultationPage extends Page {

  /** One part of the outline as shown: its database id (from {@code id="parte-<id>"}) and label. */
  record Part(long id, String label) {}

  ConsultationPage(WebDriver driver) {
    super(driver, By.cssSelector("ol.outline"));
  }

  static ConsultationPage open(WebDriver driver, URL base, String slug) {
    get(driver, base, "consulta?c=" + slug);
    return new ConsultationPage(driver);
  }

  /** The first part shown as a table row (an activity of a plan, a budget line...). */
  Part firstTableRow() {
    WebElement item = firstTableRowItem();
    long id = Long.parseLong(item.getAttribute("id").substring("parte-".length()));
    // The label is the screen-reader part of the "comment" link: "Comentar esta parte<span>:
    // label</span>".
    String hidden =
        item.findElement(By.cssSelector("a.outline__action .sr-only")).getAttribute("textContent");
    return new Part(id, hidden.replaceFirst("^\\s*:\\s*", "").strip());
  }

  /** Follows "Comentar esta parte" of the first table row. */
  ObservationFormPage commentOnFirstTableRow() {
    clickAndWaitForNextPage(firstTableRowItem().findElement(By.cssSelector("a.outline__action")));
    return new ObservationFormPage(driver);
  }

  /** Every link whose text, visible or not, says "Comentar". */
  List<String> commentLinks() {
    return driver.findElements(By.tagName("a")).stream()
        .map(a -> a.getAttribute("textContent"))
        .filter(text -> text.contains("Comentar"))
        .toList();
  }

  int outlineItems() {
    return driver.findElements(By.cssSelector("ol.outline > li.outline__item")).size();
  }

  private WebElement firstTableRowItem() {
    WebElement row =
        driver.findElement(By.cssSelector("ol.outline > li.outline__item div.part-row"));
    return row.findElement(By.xpath("./ancestor::li[1]"));
  }

  /** Follows the link to the consultation's published response report. */
  void openReport() {
    clickAndWaitForNextPage(driver.findElement(By.id("report-link")));
  }
}
