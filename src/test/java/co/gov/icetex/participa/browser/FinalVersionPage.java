package co.gov.icetex.participa.browser;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * {@code /version-final?c=<slug>}: the final version beside the draft, with the observations behind
 * each change.
 */
final class FinalVersionPage extends Page {

  FinalVersionPage(WebDriver driver) {
    super(driver, By.id("document-heading"));
  }

  /**
   * From the consultation page (a fresh address past the page micro-cache), follows "Ver la versión
   * final".
   */
  static FinalVersionPage fromConsultation(WebDriver driver, URL base, String slug) {
    get(driver, base, "consulta?c=" + slug + "&v=" + System.nanoTime());
    var page = new FinalVersionPage.Link(driver);
    return page.follow();
  }

  /**
   * Follows the entry of the list of changes whose text starts with {@code label}; returns the
   * part's id.
   */
  String goToChange(String label) {
    WebElement link =
        driver.findElements(By.cssSelector("#changes a")).stream()
            .filter(a -> a.getText().startsWith(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no change listed for " + label));
    String anchor = link.getAttribute("href").replaceFirst(".*#", "");
    click(link);
    wait.until(d -> d.getCurrentUrl().endsWith("#" + anchor));
    return anchor;
  }

  /**
   * Follows the part's link to the observations that led to its change; returns their section's
   * text.
   */
  String followObservations(String anchor) {
    WebElement part = driver.findElement(By.id(anchor));
    click(part.findElement(By.cssSelector("a.final-part__observations-link")));
    wait.until(d -> d.getCurrentUrl().endsWith("#observaciones-" + anchor));
    return driver.findElement(By.id("observaciones-" + anchor)).getText();
  }

  /** The text of the part's final side, with what screen readers hear. */
  String finalSide(String anchor) {
    return driver
        .findElement(By.id(anchor))
        .findElement(By.cssSelector(".final-diff__side--final"))
        .getAttribute("textContent");
  }

  /** The consultation page, only as far as its link to the final version. */
  private static final class Link extends Page {
    Link(WebDriver driver) {
      super(driver, By.id("final-version-link"));
    }

    FinalVersionPage follow() {
      clickAndWaitForNextPage(driver.findElement(By.id("final-version-link")));
      return new FinalVersionPage(driver);
    }
  }
}
