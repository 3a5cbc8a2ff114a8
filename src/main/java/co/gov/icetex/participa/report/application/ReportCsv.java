package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.shared.SpreadsheetCells;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report's observations as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet
 * programs used in Colombia read the accents right), written to the stream as the entries are read.
 * Cells a spreadsheet would take for a formula are neutralised ({@link SpreadsheetCells}).
 */
@ApplicationScoped
public class ReportCsv {

  @Inject ReportReader reader;

  public void write(ReportSummary report, OutputStream out) throws IOException {
    var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    writer.write('\uFEFF');
    var format =
        CSVFormat.RFC4180
            .builder()
            .setHeader(
                ReportColumns.ALL.stream().map(ReportColumns.Column::name).toArray(String[]::new))
            .get();
    CSVPrinter csv = new CSVPrinter(writer, format);
    try {
      reader.forEachEntry(
          report.id(),
          e -> {
            try {
              for (ReportColumns.Column c : ReportColumns.ALL) {
                csv.print(SpreadsheetCells.neutralised(c.value().apply(e)));
              }
              csv.println();
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    csv.flush();
  }
}
