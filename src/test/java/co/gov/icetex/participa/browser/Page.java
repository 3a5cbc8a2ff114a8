package co.gov.icetex.participa.browser;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the page objects. A page object is built once its page has loaded, and every action that
 * navigates waits for the next page before returning it: tests never sleep.
 */
abstract class Page {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  /** Ajax guard: the document is loaded and neither jQuery nor PrimeFaces has a request in flight. */
  private static final String READY =
      "return document.readyState === 'complete'"
          + " && (!window.jQuery || jQuery.active === 0)"
          + " && (!window.PrimeFaces || !PrimeFaces.ajax || !PrimeFaces.ajax.Queue"
          + "     || PrimeFaces.ajax.Queue.isEmpty());";

  protected final WebDriver driver;
  protected final WebDriverWait wait;

  protected Page(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, TIMEOUT);
    waitUntilReady();
  }

  /** Loads a page of the portal; {@code path} is relative to the context root, e.g. "consulta?c=x". */
  protected static void get(WebDriver driver, URL base, String path) {
    driver.get(base.toString().replaceAll("/?$", "/") + path);
  }

  protected final void waitUntilReady() {
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(READY)));
  }

  /** Clicks something that loads another page and waits until that page is ready. */
  protected final void clickAndWaitForNextPage(WebElement element) {
    WebElement current = driver.findElement(By.tagName("html"));
    element.click();
    wait.until(ExpectedConditions.stalenessOf(current));
    waitUntilReady();
  }

  protected final Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The page's only h1. */
  String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /** How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways). */
  long horizontalOverflow() {
    Number overflow =
        (Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    return Math.max(0, overflow.longValue());
  }

  /** The current DOM, serialised (text is escaped again, markup from the server is not). */
  String source() {
    return driver.getPageSource();
  }

  String url() {
    return driver.getCurrentUrl();
  }
}
