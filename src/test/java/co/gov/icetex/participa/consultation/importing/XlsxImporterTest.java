package co.gov.icetex.participa.consultation.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.shared.validation.Refusal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxImporterTest {

  /**
   * A workbook whose first sheet has these rows; cells that parse as numbers are stored as numbers.
   */
  static byte[] workbook(String[][] rows) throws IOException {
    try (var wb = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("Presupuesto");
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r + 1); // the sheet starts with an empty row
        for (int c = 0; c < rows[r].length; c++) {
          String v = rows[r][c];
          if (v != null && v.matches("\\d+")) {
            row.createCell(c).setCellValue(Long.parseLong(v));
          } else if (v != null) {
            row.createCell(c).setCellValue(v);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void eachRowBecomesABudgetLineWithItsCells() throws IOException {
    byte[] xlsx =
        workbook(
            new String[][] {
              {"Rubro", "Concepto", "Valor (COP)"},
              {"A-01", "Gastos de personal", "98450000000"},
              {null, null, null},
              {"A-02", "Adquisición de bienes y servicios", "142300000000"}
            });

    var result = ContentImporter.read("presupuesto.xlsx", xlsx, PartKind.BUDGET_LINE, null);

    assertEquals(2, result.count(), "the blank row is skipped");
    var first = result.parts().get(0);
    assertEquals(PartKind.BUDGET_LINE, first.kind());
    assertEquals(
        "A-01", first.title(), "the first column holding text (a code with letters counts)");
    assertEquals(
        List.of(
            new PartField("Rubro", "A-01"),
            new PartField("Concepto", "Gastos de personal"),
            new PartField("Valor (COP)", "98450000000")),
        first.fields());
  }

  @Test
  void theTitleColumnCanBeChosenByItsHeader() throws IOException {
    byte[] xlsx =
        workbook(
            new String[][] {{"Código", "Indicador", "Meta"}, {"101", "Tasa de deserción", "5"}});
    var parts = ContentImporter.read("i.xlsx", xlsx, PartKind.INDICATOR, " indicador ").parts();
    assertEquals("Tasa de deserción", parts.get(0).title());
    var refused =
        assertThrows(
            Refusal.class,
            () -> ContentImporter.read("i.xlsx", xlsx, PartKind.INDICATOR, "Responsable"));
    assertEquals("editor.import.error.titleColumn", refused.violations().get(0).key());
    assertEquals(
        "La columna «Responsable» no está en la fila de encabezados del archivo.",
        refused.violations().get(0).message());
  }

  @Test
  void theFirstTextColumnTitlesRowsWhenNoneIsChosen() throws IOException {
    byte[] xlsx = workbook(new String[][] {{"Código", "Actividad"}, {"1", "Publicar el plan"}});
    assertEquals(
        "Publicar el plan",
        ContentImporter.read("a.xlsx", xlsx, PartKind.ACTIVITY, null).parts().get(0).title());
  }

  @Test
  void aTextPartKindIsNotATableRow() throws IOException {
    byte[] xlsx = workbook(new String[][] {{"A"}, {"x"}});
    assertEquals(
        "editor.import.error.kind",
        assertThrows(
                Refusal.class, () -> ContentImporter.read("a.xlsx", xlsx, PartKind.CHAPTER, null))
            .violations()
            .get(0)
            .key());
  }

  @Test
  void overlongCellsAndHeadersWithoutRowsAreRefused() throws IOException {
    byte[] longCell =
        workbook(new String[][] {{"Concepto"}, {"x".repeat(ImportLimits.MAX_CELL + 1)}});
    var refused =
        assertThrows(
            Refusal.class,
            () -> ContentImporter.read("a.xlsx", longCell, PartKind.BUDGET_LINE, null));
    assertEquals("editor.import.error.cellTooLong", refused.violations().get(0).key());
    assertTrue(
        refused.violations().get(0).message().startsWith("La celda de la fila 3,"),
        "the row number as Excel shows it");

    byte[] headerOnly = workbook(new String[][] {{"Concepto", "Valor"}});
    assertEquals(
        "editor.import.error.noRows",
        assertThrows(
                Refusal.class,
                () -> ContentImporter.read("a.xlsx", headerOnly, PartKind.BUDGET_LINE, null))
            .violations()
            .get(0)
            .key());
  }

  @Test
  void aCsvRenamedToXlsxAndOversizedFilesAreRefused() {
    byte[] csv = "Rubro;Valor\nA-01;1".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "editor.import.error.mismatch",
        assertThrows(
                Refusal.class,
                () -> ContentImporter.read("a.xlsx", csv, PartKind.BUDGET_LINE, null))
            .violations()
            .get(0)
            .key());
    byte[] big = new byte[ImportLimits.MAX_BYTES + 1];
    assertEquals(
        "editor.import.error.tooLarge",
        assertThrows(
                Refusal.class,
                () -> ContentImporter.read("a.xlsx", big, PartKind.BUDGET_LINE, null))
            .violations()
            .get(0)
            .key());
    assertEquals(
        "editor.import.error.format",
        assertThrows(
                Refusal.class, () -> ContentImporter.read("a.exe", csv, PartKind.BUDGET_LINE, null))
            .violations()
            .get(0)
            .key());
    assertEquals(
        "editor.import.error.empty",
        assertThrows(
                Refusal.class,
                () -> ContentImporter.read("a.csv", new byte[0], PartKind.BUDGET_LINE, null))
            .violations()
            .get(0)
            .key());
  }
}
