package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.shared.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report as a spreadsheet: a sheet with the consultation and its totals, and a sheet with every
 * observation (the CSV's columns). Streamed with POI's SXSSF: only a window of rows stays in
 * memory, the rest goes to a temporary file that is deleted afterwards.
 */
@ApplicationScoped
public class ReportXlsx {

  private static final int WINDOW = 200;

  /** Excel's limit for the text of one cell. */
  private static final int MAX_CELL = 32_767;

  @Inject ReportReader reader;
  @Inject ReportFigures figures;

  public void write(ReportSummary report, OutputStream out) throws IOException {
    try (var workbook = new SXSSFWorkbook(WINDOW)) {
      workbook.setCompressTempFiles(true);
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);

      Sheet summary = workbook.createSheet(Messages.get("report.xlsx.summarySheet"));
      int[] r = {0};
      for (ReportFigures.Line line : figures.summaryLines(report)) {
        Row row = summary.createRow(r[0]++);
        row.createCell(0).setCellValue(line.label());
        if (line.heading()) {
          row.getCell(0).setCellStyle(bold);
        } else if (line.count() != null) {
          row.createCell(1).setCellValue(line.count());
          if (line.value() != null) {
            row.createCell(2).setCellValue(line.value());
          }
        } else {
          row.createCell(1).setCellValue(line.value());
        }
      }

      Sheet sheet = workbook.createSheet(Messages.get("report.xlsx.entriesSheet"));
      Row header = sheet.createRow(0);
      for (int c = 0; c < ReportColumns.ALL.size(); c++) {
        header.createCell(c).setCellValue(ReportColumns.ALL.get(c).name());
        header.getCell(c).setCellStyle(bold);
      }
      sheet.createFreezePane(0, 1);
      int[] next = {1};
      reader.forEachEntry(
          report.id(),
          e -> {
            Row row = sheet.createRow(next[0]++);
            for (int c = 0; c < ReportColumns.ALL.size(); c++) {
              String value = ReportColumns.ALL.get(c).value().apply(e);
              row.createCell(c)
                  .setCellValue(value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value);
            }
          });
      workbook.write(out);
      out.flush();
    }
  }
}
