package co.gov.icetex.participa.browser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code /admin/consultas/editar.xhtml}: one consultation in the editor (new, draft or published).
 */
final class ConsultationEditorPage extends Page {

  ConsultationEditorPage(WebDriver driver) {
    super(driver, By.cssSelector("main .admin-user"));
    require(By.cssSelector("form[id='details'], dl#status"));
  }

  ConsultationEditorPage createDraft(
      String type, String title, String summary, String year, String office) {
    new Select(driver.findElement(By.id("details:type"))).selectByValue(type);
    type(By.id("details:title"), title);
    type(By.id("details:summary"), summary);
    type(By.id("details:year"), year);
    new Select(driver.findElement(By.id("details:office"))).selectByValue(office);
    return submit(By.id("details:save"));
  }

  ConsultationEditorPage importRows(Path file, String kind, String titleColumn) {
    driver.findElement(By.id("import:importFile")).sendKeys(file.toAbsolutePath().toString());
    new Select(driver.findElement(By.id("import:rowKind"))).selectByValue(kind);
    type(By.id("import:titleColumn"), titleColumn);
    return submit(By.id("import:run"));
  }

  /**
   * Dates are set as the date inputs' values (their typed format depends on the browser's locale).
   */
  ConsultationEditorPage publish(LocalDate opens, LocalDate closes, String justification) {
    script(
        "arguments[0].value = arguments[1];",
        driver.findElement(By.id("publish:opensOn")),
        opens.toString());
    script(
        "arguments[0].value = arguments[1];",
        driver.findElement(By.id("publish:closesOn")),
        closes.toString());
    type(By.id("publish:justification"), justification);
    return submit(By.id("publish:publish"));
  }

  String state() {
    return driver.findElement(By.id("state")).getText().strip();
  }

  Optional<String> saved() {
    return driver.findElements(By.id("saved")).stream().findFirst().map(e -> e.getText().strip());
  }

  /** The error shown next to a field, by the field's name (the id pa:input gives it). */
  Optional<String> fieldError(String name) {
    return driver.findElements(By.id(name + "-error")).stream()
        .findFirst()
        .map(e -> e.getText().strip());
  }

  List<String> parts() {
    return driver.findElements(By.cssSelector("#parts-table tbody th")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  String publicSlug() {
    String href =
        driver.findElement(By.cssSelector("dl#status a[href*='consulta?c=']")).getAttribute("href");
    return href.substring(href.indexOf("c=") + 2);
  }

  private void type(By field, String text) {
    WebElement input = driver.findElement(field);
    input.clear();
    if (text != null) {
      input.sendKeys(text);
    }
  }

  private ConsultationEditorPage submit(By button) {
    clickAndWaitForNextPage(driver.findElement(button));
    return new ConsultationEditorPage(driver);
  }
}
