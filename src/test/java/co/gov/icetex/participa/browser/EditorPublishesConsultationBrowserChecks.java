package co.gov.icetex.participa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor creates a consultation, imports its budget lines from an XLSX file, schedules and
 * publishes it, and the public page shows the rows; every editor page meets WCAG 2.1 AA, with and
 * without errors.
 */
public abstract class EditorPublishesConsultationBrowserChecks {

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

  private static Path budgetFile() throws IOException {
    Path file = profile.getParent().resolve("presupuesto-" + System.nanoTime() + ".xlsx");
    Files.createDirectories(file.getParent());
    try (var wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = wb.createSheet("Inversión");
      String[][] rows = {
        {"Rubro", "Concepto", "Valor (COP)"},
        {"C-2202-1", "Créditos educativos nuevos y renovaciones", "$ 3.412.000.000.000"},
        {"C-2202-2", "Subsidios de tasa de interés y de sostenimiento", "$ 512.300.000.000"}
      };
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
    }
    return file;
  }

  @Test
  void anEditorImportsBudgetLinesPublishesThemAndThePublicReadsTheRows() throws IOException {
    SignInPage.open(driver, base).signIn("editor@participa.test", StaffClient.DEMO_PASSWORD);

    ConsultationListPage list = ConsultationListPage.open(driver, base);
    Browser.assertAccessible(driver, "consultation list");

    ConsultationEditorPage editor = list.startNew();
    Browser.assertAccessible(driver, "new consultation");
    ConsultationEditorPage invalid =
        editor.createDraft("ANTEPROYECTO_PRESUPUESTO", "", "", "2027", "Oficina de Riesgos");
    assertEquals("Este campo es obligatorio.", invalid.fieldError("title").orElse(""));
    Browser.assertAccessible(driver, "new consultation with errors");

    ConsultationEditorPage draft =
        invalid.createDraft(
            "ANTEPROYECTO_PRESUPUESTO",
            "Inversión 2027 para comentar",
            "Los rubros de inversión propuestos para 2027.",
            "2027",
            "Oficina de Riesgos");
    assertEquals("Borrador", draft.state());
    Browser.assertAccessible(driver, "empty draft");

    ConsultationEditorPage imported = draft.importRows(budgetFile(), "BUDGET_LINE", "Concepto");
    assertEquals(
        List.of(
            "Créditos educativos nuevos y renovaciones",
            "Subsidios de tasa de interés y de sostenimiento"),
        imported.parts());
    Browser.assertAccessible(driver, "draft with imported parts");

    LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
    ConsultationEditorPage refused = imported.publish(today, today.plusDays(6), "");
    assertEquals(
        "El plazo es menor a 15 días: escriba la justificación que verá el público.",
        refused.fieldError("justification").orElse(""));
    assertEquals("Borrador", refused.state());
    Browser.assertAccessible(driver, "publication refused");

    ConsultationEditorPage published = refused.publish(today.plusDays(1), today.plusDays(20), "");
    assertEquals("Programada", published.state());
    Browser.assertAccessible(driver, "published consultation");

    String slug = published.publicSlug();
    ConsultationPage publicPage = ConsultationPage.open(driver, base, slug);
    assertEquals("Inversión 2027 para comentar", publicPage.heading());
    String outline = driver.findElement(By.cssSelector("ol.outline")).getText();
    assertTrue(outline.contains("Subsidios de tasa de interés y de sostenimiento"), outline);
    assertTrue(outline.contains("$ 512.300.000.000"), outline);
    Browser.assertAccessible(driver, "public page of the new consultation");
  }

  /**
   * Branch reporteditor: the demo plan has 87 parts; "Ampliar plazo" was some 10,000 px down. On a
   * desktop window, with a browser of its own (signed in by itself), the editor jumps to each
   * section from the links at the top, and corrects a row in text areas with "Guardar y siguiente".
   */
  @Test
  void onADesktopTheEditorOfALongConsultationReachesEverySectionAtOnce() throws Exception {
    Path ownProfile = Browser.newProfile();
    WebDriver desk = Browser.start(ownProfile);
    try {
      desk.manage().window().setSize(new Dimension(1280, 900));
      SignInPage.open(desk, base).signIn("editor@participa.test", StaffClient.DEMO_PASSWORD);
      long id = TestDatabase.count("SELECT id FROM consultation WHERE slug = ?", "paac-2020");
      desk.get(base.toString().replaceAll("/?$", "/") + "admin/consultas/editar.xhtml?id=" + id);
      var wait = new WebDriverWait(desk, Duration.ofSeconds(20));
      wait.until(d -> !d.findElements(By.id("editor-sections")).isEmpty());
      assertTrue(
          desk.findElement(By.id("parts-panel")).getAttribute("open") == null,
          "87 parts: the table is folded");
      desk.findElement(By.cssSelector("#editor-sections a[href='#extend-heading']")).click();
      wait.until(
          d -> {
            Number top =
                (Number)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.getElementById('extend-heading').getBoundingClientRect().top;");
            return top.doubleValue() >= 0 && top.doubleValue() < 900;
          });
      Browser.assertAccessible(desk, "the editor of a long published consultation");

      String correct =
          desk.findElement(By.cssSelector("#parts-table a[href*='parte=']")).getAttribute("href");
      desk.get(correct);
      wait.until(d -> !d.findElements(By.id("part-heading")).isEmpty());
      if (!desk.findElements(By.cssSelector("textarea[id^='part:cells:']")).isEmpty()) {
        assertTrue(
            desk.findElements(By.cssSelector("input[id^='part:cells:']")).isEmpty(),
            "cells are text areas");
      }
      assertFalse(desk.findElements(By.id("part:saveNext")).isEmpty(), "Guardar y siguiente");
      Browser.assertAccessible(desk, "correcting one part of a long consultation");
    } finally {
      Browser.quit(desk, ownProfile);
    }
  }
}
