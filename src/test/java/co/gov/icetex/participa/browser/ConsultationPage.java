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
    return partOf(firstTableRowItem());
  }

  /** Follows "Comentar esta fila" of the first table row. */
  ObservationFormPage commentOnFirstTableRow() {
    clickAndWaitForNextPage(firstTableRowItem().findElement(By.cssSelector("a.outline__action")));
    return new ObservationFormPage(driver);
  }

  /**
   * Opens the contents list ("Ver u ocultar la lista de partes") unless it is open already, and
   * returns the labels of its links, in order.
   */
  List<String> openContents() {
    WebElement details = driver.findElement(By.cssSelector("nav.contents details"));
    if (details.getAttribute("open") == null) {
      click(details.findElement(By.tagName("summary")));
    }
    return contentsLinks().stream().map(WebElement::getText).toList();
  }

  /** The links of the contents list (visible only once it is open). */
  List<WebElement> contentsLinks() {
    return driver.findElements(By.cssSelector("nav.contents a[href^='#parte-']"));
  }

  /** Follows the contents link whose text starts with {@code label}; returns its fragment. */
  String followContentsLink(String label) {
    WebElement link =
        contentsLinks().stream()
            .filter(a -> a.getText().startsWith(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no contents link «" + label + "»"));
    String fragment = link.getAttribute("href").replaceFirst("^[^#]*#", "");
    click(link);
    return fragment;
  }

  /** The rows of the table(s) right under the part with this anchor, with their numbers. */
  List<WebElement> rowsUnder(String partAnchor) {
    return driver.findElements(
        By.xpath(
            "//li[@id='"
                + partAnchor
                + "']/following-sibling::li[1][contains(@class,'outline__item--table')]//tbody/tr"));
  }

  /** The row's number as the page writes it ("Actividad 2"). */
  static String rowNumber(WebElement row) {
    return row.findElement(By.cssSelector("th[scope='row']")).getText().strip();
  }

  /** Follows "Comentar esta fila" of this row. */
  ObservationFormPage commentOn(WebElement row) {
    clickAndWaitForNextPage(row.findElement(By.cssSelector("a.outline__action")));
    return new ObservationFormPage(driver);
  }

  /** The part shown by an outline item or table row ({@code id="parte-<id>"}). */
  static Part partOf(WebElement item) {
    long id = Long.parseLong(item.getAttribute("id").substring("parte-".length()));
    // The label is the screen-reader part of the "comment" link: "Comentar esta fila<span>:
    // label</span>".
    String hidden =
        item.findElement(By.cssSelector("a.outline__action .sr-only")).getAttribute("textContent");
    return new Part(id, hidden.replaceFirst("^\\s*:\\s*", "").strip());
  }

  /** Whether the element is within the window (its top between the window's top and bottom). */
  boolean inView(WebElement element) {
    return Boolean.TRUE.equals(
        script(
            "var r = arguments[0].getBoundingClientRect();"
                + " return r.bottom > 0 && r.top < window.innerHeight;",
            element));
  }

  /** Every link whose text, visible or not, says "Comentar". */
  List<String> commentLinks() {
    return driver.findElements(By.tagName("a")).stream()
        .map(a -> a.getAttribute("textContent"))
        .filter(text -> text.contains("Comentar"))
        .toList();
  }

  /** Parts and tables of the outline. */
  int outlineItems() {
    return driver.findElements(By.cssSelector("ol.outline > li.outline__item")).size();
  }

  private WebElement firstTableRowItem() {
    return driver.findElement(By.cssSelector("ol.outline table.part-table tbody tr[id^='parte-']"));
  }

  /** Follows the link to the consultation's published response report. */
  void openReport() {
    clickAndWaitForNextPage(driver.findElement(By.id("report-link")));
  }
}
