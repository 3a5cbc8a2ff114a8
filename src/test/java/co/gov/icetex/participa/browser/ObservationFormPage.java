package co.gov.icetex.participa.browser;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /observar?c=<slug>[&parte=<id>]}: the observation form (h:form {@code obs}). */
final class ObservationFormPage extends Page {

  /**
   * The page's error summary: the template renders it first in main (id obs-errors for the form's
   * fields, form-errors for a message about no form, such as an expired token).
   */
  static final By SUMMARY = By.cssSelector("main > div.alert--error[role='alert']");

  /**
   * Posts the filled form with fetch, as the browser would (multipart, with the submit button's
   * name).
   */
  private static final String POST_FORM_TWICE =
      "const done = arguments[arguments.length - 1];"
          + "const form = document.getElementById('obs');"
          + "const send = form.querySelector('[name=\"obs:send\"]');"
          + "const post = () => { const data = new FormData(form); data.append(send.name, send.value);"
          + "  return fetch(form.action, {method: 'POST', body: data}).then(r => r.url); };"
          + "Promise.all([post(), post()]).then(done, e => done(['failed: ' + e]));";

  ObservationFormPage(WebDriver driver) {
    super(driver, By.xpath("//main//h1[normalize-space()='" + Bundle.text("observe.title") + "']"));
  }

  static ObservationFormPage open(WebDriver driver, URL base, String slug) {
    get(driver, base, "observar?c=" + slug);
    return new ObservationFormPage(driver);
  }

  /** The lead under the heading: "Observación sobre <consultation> — parte: <label>". */
  String about() {
    return driver.findElement(By.cssSelector("main p.lead")).getText();
  }

  /** The part id the form posts (hidden field), empty for the whole document. */
  String postedPartId() {
    return field("parte").getAttribute("value");
  }

  boolean hasForm() {
    return !driver.findElements(By.id("obs")).isEmpty();
  }

  /** The text of the alert shown instead of the form when the consultation is not open. */
  Optional<String> notOpenAlert() {
    return driver.findElements(By.cssSelector("main .alert--error[role='alert']")).stream()
        .map(WebElement::getText)
        .findFirst();
  }

  ObservationFormPage fill(CitizenObservation o) {
    type("authorName", o.authorName());
    type("email", o.email());
    new Select(field("stakeholderGroup")).selectByValue(o.stakeholderGroup());
    new Select(field("department")).selectByValue(o.department());
    type("text", o.text());
    if (o.attachment() != null) {
      field("attachment").sendKeys(o.attachment().toAbsolutePath().toString());
    }
    check("consent", true);
    check("showName", o.showName());
    return this;
  }

  ObservationFormPage typeEmail(String email) {
    type("email", email);
    return this;
  }

  /** Sends the form with its button, expecting the confirmation page. */
  ReceiptPage send() {
    clickAndWaitForNextPage(field("send"));
    return new ReceiptPage(driver);
  }

  /** Sends the form with its button, expecting it back with its error summary. */
  ObservationFormPage sendWithErrors() {
    clickAndWaitForNextPage(field("send"));
    ObservationFormPage again = new ObservationFormPage(driver);
    again.require(SUMMARY);
    again.require(By.id("obs"));
    return again;
  }

  /**
   * Posts this filled form twice at the same moment, as a double click that got through would, and
   * returns the addresses both posts were finally redirected to. The page itself stays as it is.
   */
  @SuppressWarnings("unchecked")
  List<String> postTwiceAtOnce() {
    return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(POST_FORM_TWICE);
  }

  /** The messages of the error summary at the top of the form. */
  /** Replaces the form's signed token, as a forged cross-site post would carry. */
  ObservationFormPage forgeToken(String token) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("document.getElementById('obs:token').value = arguments[0];", token);
    return this;
  }

  List<String> errorSummary() {
    return driver.findElements(By.cssSelector("main > div.alert--error[role='alert'] li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The error shown next to a field ({@code p#<field>-error}), if any. */
  Optional<String> errorOf(String field) {
    return driver.findElements(By.cssSelector("p#" + field + "-error.field__error")).stream()
        .map(WebElement::getText)
        .findFirst();
  }

  /** The ids of the inputs the summary links to, in its order. */
  List<String> errorSummaryTargets() {
    return driver
        .findElements(By.cssSelector("main > div.alert--error[role='alert'] li a"))
        .stream()
        .map(a -> a.getAttribute("hash").substring(1))
        .toList();
  }

  /** The ids of the form's inputs in the order of the page. */
  List<String> inputOrder() {
    return driver.findElements(By.cssSelector("#obs input, #obs textarea, #obs select")).stream()
        .map(e -> e.getAttribute("id"))
        .toList();
  }

  /** The live counter under the text box, e.g. "Quedan 4.890 de 5.000 caracteres.". */
  String textCounter() {
    return field("textCounter").getText();
  }

  /** The field's {@code aria-invalid} attribute. */
  String ariaInvalid(String field) {
    return field(field).getAttribute("aria-invalid");
  }

  private WebElement field(String name) {
    return driver.findElement(By.id("obs:" + name));
  }

  private void type(String name, String value) {
    WebElement input = field(name);
    input.clear();
    input.sendKeys(value);
  }

  private void check(String name, boolean checked) {
    WebElement box = field(name);
    if (box.isSelected() != checked) {
      click(box);
    }
  }
}
