package co.gov.icetex.participa.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser of the browser tests: Debian's headless Chromium with a phone-sized window and a
 * fresh profile under {@code target/}, and axe-core audits against WCAG 2.1 A and AA.
 */
final class Browser {

  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private Browser() {}

  /** A new headless Chromium; paths are set so that Selenium Manager never downloads anything. */
  static WebDriver start(Path profile) {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=412,915",
        "--lang=es-CO",
        "--user-data-dir=" + profile.toAbsolutePath());
    // The console, to catch Content-Security-Policy violations (see assertAccessible).
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    WebDriver driver = new ChromeDriver(options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** A new, empty profile folder under target/ (not under java.io.tmpdir). */
  static Path newProfile() {
    String war = System.getProperty("participa.war");
    Path target = war != null ? Path.of(war).toAbsolutePath().getParent() : Path.of("target");
    return target.resolve("browser-profiles").resolve(UUID.randomUUID().toString());
  }

  static void quit(WebDriver driver, Path profile) {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null && Files.exists(profile)) {
      try (Stream<Path> paths = Files.walk(profile)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Presses a button or box that posts its form: scrolls it into view at once (the theme scrolls
   * smoothly), clicks, and waits until the next page replaced this one, so the next lookup finds
   * the new page.
   */
  static void pressAndWaitForNextPage(WebDriver driver, By locator) {
    waitUntilReplaced(driver, press(driver, locator));
  }

  /**
   * Scrolls the element into view at once (the theme scrolls smoothly), clicks it and returns it.
   */
  static WebElement press(WebDriver driver, By locator) {
    WebElement element = driver.findElement(locator);
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
    return element;
  }

  /**
   * Waits until {@code element} no longer belongs to the page, i.e. the next page has replaced it.
   * Selenium's stalenessOf is not enough: while Chromium swaps documents it may answer "Node with
   * given id does not belong to the document" instead of "stale element", which means the same
   * thing.
   */
  static void waitUntilReplaced(WebDriver driver, WebElement element) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isDetached(element));
  }

  private static boolean isDetached(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("does not belong to the document")
          || message.contains("No node with given id")) {
        return true;
      }
      throw e;
    }
  }

  /**
   * Fails with the list of WCAG 2.1 A/AA violations axe-core finds on the current page, and on any
   * Content-Security-Policy violation the browser reported since the last check (a script the
   * policy refused: an inline handler, a script without the response's nonce).
   */
  static void assertAccessible(WebDriver driver, String pageName) {
    assertNoPolicyViolations(driver, pageName);
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    if (results.isErrored()) {
      fail("axe-core could not audit " + pageName + ": " + results.getErrorMessage());
    }
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      fail(describe(pageName, driver.getCurrentUrl(), violations));
    }
  }

  /** Fails on Content-Security-Policy violations in the browser's console since the last call. */
  static void assertNoPolicyViolations(WebDriver driver, String pageName) {
    List<String> refused =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(
                m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
            .toList();
    if (!refused.isEmpty()) {
      fail(
          "Content-Security-Policy violations on "
              + pageName
              + " ("
              + driver.getCurrentUrl()
              + "):\n"
              + String.join("\n", refused));
    }
  }

  private static String describe(String pageName, String url, List<Rule> violations) {
    return violations.stream()
        .map(Browser::describe)
        .collect(
            Collectors.joining(
                "\n",
                violations.size()
                    + " WCAG 2.1 A/AA violation(s) on "
                    + pageName
                    + " ("
                    + url
                    + "):\n",
                ""));
  }

  private static String describe(Rule rule) {
    String nodes =
        rule.getNodes().stream().map(Browser::describe).collect(Collectors.joining("\n"));
    return "- "
        + rule.getId()
        + " ["
        + rule.getImpact()
        + "] "
        + rule.getHelp()
        + " ("
        + rule.getHelpUrl()
        + ")\n"
        + nodes;
  }

  private static String describe(CheckedNode node) {
    String summary =
        node.getFailureSummary() == null
            ? ""
            : node.getFailureSummary().replace("\n", "\n        ");
    return "    at " + node.getTarget() + "\n      " + node.getHtml() + "\n        " + summary;
  }
}
