package co.gov.icetex.participa.browser;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the page objects. A page object is built once its page has loaded, and every action that
 * navigates waits for the next page before returning it: tests never sleep.
 */
abstract class Page {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  /**
   * Ajax guard: the document is loaded and neither jQuery nor PrimeFaces has a request in flight.
   */
  private static final String READY =
      "return document.readyState === 'complete'"
          + " && (!window.jQuery || jQuery.active === 0)"
          + " && (!window.PrimeFaces || !PrimeFaces.ajax || !PrimeFaces.ajax.Queue"
          + "     || PrimeFaces.ajax.Queue.isEmpty());";

  protected final WebDriver driver;
  protected final WebDriverWait wait;

  /**
   * @param identity an element only this page has; its absence fails the test with what the browser
   *     shows instead (an error page, the form again with its errors...)
   */
  protected Page(WebDriver driver, By identity) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, TIMEOUT);
    waitUntilReady();
    require(identity);
  }

  /** Fails, saying what the browser shows instead, unless the page has such an element. */
  protected final void require(By element) {
    if (driver.findElements(element).isEmpty()) {
      throw new AssertionError(
          getClass().getSimpleName()
              + " expected ("
              + element
              + ") but the browser shows "
              + driver.getCurrentUrl()
              + "\n  title: "
              + driver.getTitle()
              + "\n  main: "
              + mainText());
    }
  }

  private String mainText() {
    List<WebElement> main = driver.findElements(By.tagName("main"));
    String text =
        main.isEmpty() ? driver.findElement(By.tagName("body")).getText() : main.get(0).getText();
    return text.length() > 600 ? text.substring(0, 600) + "…" : text;
  }

  /**
   * Loads a page of the portal; {@code path} is relative to the context root, e.g. "consulta?c=x".
   */
  protected static void get(WebDriver driver, URL base, String path) {
    driver.get(base.toString().replaceAll("/?$", "/") + path);
  }

  protected final void waitUntilReady() {
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(READY)));
  }

  /** Clicks something that loads another page and waits until that page is ready. */
  protected final void clickAndWaitForNextPage(WebElement element) {
    WebElement current = driver.findElement(By.tagName("html"));
    click(element);
    Browser.waitUntilReplaced(driver, current);
    waitUntilReady();
  }

  /**
   * Clicks like a user, after bringing the element to the middle of the window at once: the theme
   * scrolls smoothly (scroll-behavior: smooth), and WebDriver would otherwise click where the
   * element was before the scroll animation ended.
   */
  protected final void click(WebElement element) {
    unfoldMenuHolding(element);
    script(
        "arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});",
        element);
    element.click();
  }

  /**
   * On a phone-sized window the site menu is folded behind its "Menú" button: a person presses it
   * before following one of its links, and so does a check.
   */
  private void unfoldMenuHolding(WebElement element) {
    if (element.isDisplayed()) {
      return;
    }
    for (WebElement toggle :
        driver.findElements(By.cssSelector("nav.site-nav button.site-nav__toggle"))) {
      boolean holds =
          Boolean.TRUE.equals(
              script(
                  "return arguments[0].closest('nav.site-nav') === arguments[1].closest('nav.site-nav');",
                  toggle,
                  element));
      if (holds && toggle.isDisplayed() && "false".equals(toggle.getAttribute("aria-expanded"))) {
        toggle.click();
      }
    }
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
        (Number)
            script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
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
