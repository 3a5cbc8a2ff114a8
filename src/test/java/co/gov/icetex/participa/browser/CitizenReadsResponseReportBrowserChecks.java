package co.gov.icetex.participa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

  /** Branch reporteditor: the issue measured the first observation 4,758 px down on a phone. */
  @Test
  void onAPhoneACitizenFindsTheirObservationByItsCodeNearTheTop() throws Exception {
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      driver.get(base.toString().replaceAll("/?$", "/") + "informe?c=" + CLOSED);
      ReportPage report = new ReportPage(driver);
      assertFalse(report.figuresOpen(), "the figures are folded at first");
      List<String> codes = report.listedCodes();
      assertTrue(codes.size() > 5, codes.toString());
      assertTrue(
          report.documentTop("entries-heading") < 2600,
          "the observations start near the top: " + report.documentTop("entries-heading"));
      Browser.assertAccessible(driver, "the report page on a phone");

      String code = codes.get(codes.size() - 2);
      ReportPage found = report.findCode(code.toLowerCase());
      assertEquals(List.of(code), found.listedCodes());
      assertTrue(found.codeResult().contains(code + " está en este informe"), found.codeResult());
      assertTrue(found.documentTop(code) < 3000, "the observation is near the top");
      assertEquals(0, found.horizontalOverflow(), "nothing scrolls sideways on a phone");
      Browser.assertAccessible(driver, "the report page with a code found");

      ReportPage unknown = found.findCode("OBS-1999-000001");
      assertTrue(unknown.listedCodes().isEmpty());
      assertTrue(unknown.codeResult().startsWith("No encontramos el código"), unknown.codeResult());
    } finally {
      driver.manage().window().setSize(new Dimension(412, 915));
    }
  }
}
