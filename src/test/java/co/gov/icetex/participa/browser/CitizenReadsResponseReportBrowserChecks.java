package co.gov.icetex.participa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A citizen on a phone opens the published report of the closed demo consultation from its page and
 * downloads it; an approver opens the publishing page. axe-core audits both pages (WCAG 2.1 AA).
 */
public abstract class CitizenReadsResponseReportBrowserChecks {

  private static final String CLOSED = "informe-rendicion-cuentas-2026";

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
  void aCitizenOpensTheReportFromTheConsultationAndDownloadsIt() throws Exception {
    ConsultationPage consultation = ConsultationPage.open(driver, base, CLOSED);
    ReportPage report = ReportPage.fromConsultation(consultation, driver);
    assertTrue(
        report.heading().startsWith("Informe de observaciones y respuestas"), report.heading());
    assertTrue(report.listedObservations() > 20, "the demo observations are listed");
    assertTrue(report.onTimeShare().contains("%"), report.onTimeShare());
    assertEquals(0, report.horizontalOverflow(), "nothing scrolls sideways on a phone");
    Browser.assertAccessible(driver, "the report page");

    var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpResponse<byte[]> pdf =
        http.send(
            HttpRequest.newBuilder(URI.create(report.downloadLink("pdf"))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    assertTrue(
        pdf.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("informe-" + CLOSED + "-v1.pdf"));

    HttpResponse<String> csv =
        http.send(
            HttpRequest.newBuilder(URI.create(report.downloadLink("csv"))).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(
        csv.body().startsWith("\uFEFFcodigo,parte_comentada,autor"), csv.body().substring(0, 60));
    assertTrue(csv.body().lines().count() > 20);
  }

  @Test
  void theApproversPublishingPageIsAccessible() throws Exception {
    SignInPage.open(driver, base).signIn("aprobador@participa.test", StaffClient.DEMO_PASSWORD);
    long closed = TestDatabase.count("SELECT id FROM consultation WHERE slug = ?", CLOSED);
    driver.get(base.toString().replaceAll("/?$", "/") + "admin/informes/?consulta=" + closed);
    assertTrue(driver.findElements(By.id("publish:announced")).size() == 1, driver.getPageSource());
    assertTrue(driver.findElement(By.id("published-versions")).getText().contains("Versión 1"));
    Browser.assertAccessible(driver, "the report publishing page");
  }
}
