package co.gov.icetex.participa.consultation.importing;

import co.gov.icetex.participa.shared.validation.Refusal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an XLSX workbook as text, each cell as Excel shows it (its number format
 * applied, formulas by their last computed value: nothing is evaluated here).
 */
public final class XlsxReader {

  private XlsxReader() {}

  public static List<TableImporter.Row> read(byte[] content) {
    OfficePackages.guard();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw Refusal.invalid(ImportLimits.FIELD, "editor.import.error.noHeader");
      }
      Sheet sheet = workbook.getSheetAt(0);
      var formatter = new DataFormatter(Locale.forLanguageTag("es-CO"));
      formatter.setUseCachedValuesForFormulaCells(true);
      List<TableImporter.Row> rows = new ArrayList<>();
      for (Row row : sheet) {
        if (rows.size() > ImportLimits.MAX_PARTS + 1) {
          throw Refusal.invalid(
              ImportLimits.FIELD, "editor.import.error.tooManyParts", ImportLimits.MAX_PARTS);
        }
        int width = Math.max(0, row.getLastCellNum());
        if (width > ImportLimits.MAX_COLUMNS * 4) {
          width = ImportLimits.MAX_COLUMNS + 1; // more than allowed: refused by the header check
        }
        List<String> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
          Cell cell = row.getCell(i);
          cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        rows.add(new TableImporter.Row(row.getRowNum() + 1, cells));
      }
      return rows;
    } catch (Refusal refused) {
      throw refused;
    } catch (IOException | RuntimeException e) {
      throw OfficePackages.unreadable(e, "XLSX");
    }
  }
}
