package co.gov.icetex.participa.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /buscar}: the search form and the results grouped by kind. */
final class SearchPage extends Page {

  SearchPage(WebDriver driver) {
    super(driver, By.cssSelector("form[role='search'] input#q"));
  }

  /**
   * Follows "Buscar" in the main navigation of whatever page the browser shows, opening the "Menú"
   * button first: on a phone-sized window the menu is folded behind it.
   */
  static SearchPage fromNavigation(WebDriver driver) {
    WebElement toggle = driver.findElement(By.cssSelector("nav.site-nav button.site-nav__toggle"));
    if (!toggle.isDisplayed() || !"false".equals(toggle.getAttribute("aria-expanded"))) {
      throw new AssertionError(
          "on a phone the menu should start folded behind a visible Menú button");
    }
    toggle.click();
    if (!"true".equals(toggle.getAttribute("aria-expanded"))) {
      throw new AssertionError("the Menú button should say the menu is open after a press");
    }
    WebElement link = driver.findElement(By.cssSelector("nav.site-nav a[href$='/buscar']"));
    link.click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("/buscar"));
    return new SearchPage(driver);
  }

  SearchPage searchFor(String words) {
    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys(words);
    clickAndWaitForNextPage(driver.findElement(By.id("search-submit")));
    return new SearchPage(driver);
  }

  int resultCount(String sectionId) {
    return driver.findElements(By.cssSelector("#" + sectionId + " li.search-result")).size();
  }

  String firstPartLink() {
    return firstPart().getAttribute("href");
  }

  ConsultationPage openFirstPart() {
    clickAndWaitForNextPage(firstPart());
    return new ConsultationPage(driver);
  }

  private WebElement firstPart() {
    return driver.findElement(By.cssSelector("#results-parts li.search-result h3 a"));
  }
}
