package co.gov.icetex.participa.browser;

import static co.gov.icetex.participa.testing.ObservationJsonBuilder.anObservation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.Portal;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen on a phone searches without typing accents, follows a result to the exact part of the
 * document, then reads the statistics, the open data and the API documentation; axe-core audits
 * each page.
 */
public abstract class CitizenSearchesAndReadsOpenDataBrowserChecks {

  protected final URL base = Portal.url();

  private static Path profile;
  private static WebDriver driver;

  @BeforeAll
  static void startBrowser() {
    profile = Browser.newProfile();
    driver = Browser.start(profile);
  }

  @AfterAll
  static void stopBrowser() {
    Browser.quit(driver, profile);
  }

  @Test
  void searchesFromTheNavigationAndLandsOnTheExactPart() {
    HomePage.open(driver, base);
    SearchPage search = SearchPage.fromNavigation(driver);
    Browser.assertAccessible(driver, "/buscar (empty)");
    SearchPage results = search.searchFor("anticorrupcion");
    assertTrue(
        results.resultCount("results-consultations") >= 1, "the PAAC is found without the accent");
    assertTrue(results.resultCount("results-parts") >= 1);
    Browser.assertAccessible(driver, "/buscar with results");

    String partLink = results.firstPartLink();
    assertTrue(partLink.matches(".*consulta\\?c=paac-2020#parte-\\d+$"), partLink);
    ConsultationPage consultation = results.openFirstPart();
    String anchor = partLink.substring(partLink.indexOf('#') + 1);
    assertTrue(consultation.url().endsWith("#" + anchor), consultation.url());
    assertFalse(
        driver.findElements(By.id(anchor)).isEmpty(), "the part's anchor exists on the page");
    // The theme scrolls smoothly: wait for the part to come into the window rather than read it
    // once.
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d -> {
              double top =
                  ((Number)
                          ((JavascriptExecutor) d)
                              .executeScript(
                                  "return document.getElementById(arguments[0]).getBoundingClientRect().top;",
                                  anchor))
                      .doubleValue();
              return top >= -5 && top < 600;
            });
  }

  @Test
  void readsStatisticsOpenDataAndTheApiDocumentation() {
    // At least one observation, so that the statistics page has its tables and charts to audit.
    var sent =
        new Api(base, "10.43.1.1")
            .postJson("/api/v1/consultations/paac-2020/observations", anObservation().json());
    assertEquals(201, sent.status(), sent.body());
    var statistics = InfoPage.open(driver, base, "estadisticas");
    assertEquals("Estadísticas de participación", statistics.heading());
    assertEquals(
        5,
        driver.findElements(By.cssSelector("table.stats-table caption")).size(),
        "one table per breakdown, with captions");
    assertTrue(driver.findElement(By.id("stat-total")).getText().matches("[1-9]\\d*"));
    assertEquals(0, statistics.horizontalOverflow(), "nothing scrolls sideways on a phone");
    assertEquals(
        Boolean.TRUE,
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll('.table-wrap')).every(function (w) {"
                    + " var hint = w.previousElementSibling;"
                    + " var overflows = w.scrollWidth > w.clientWidth + 1;"
                    + " return hint !== null && hint.classList.contains('table-hint')"
                    + " && (hint.offsetParent !== null) === overflows; });"),
        "a phone tells, above each table, to slide it sideways exactly when it does not fit");
    Browser.assertAccessible(driver, "/estadisticas");

    var openData = InfoPage.open(driver, base, "datos-abiertos");
    assertEquals("Datos abiertos", openData.heading());
    assertEquals(4, driver.findElements(By.cssSelector("section.dataset")).size());
    Browser.assertAccessible(driver, "/datos-abiertos");

    InfoPage.open(driver, base, "api");
    var docs = InfoPage.current(driver);
    assertTrue(
        docs.url().endsWith("/documentacion-api"),
        "/api leads to the documentation: " + docs.url());
    assertEquals("API pública", docs.heading());
    Browser.assertAccessible(driver, "/documentacion-api");
  }
}
