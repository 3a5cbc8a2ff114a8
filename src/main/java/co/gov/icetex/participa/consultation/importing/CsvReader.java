package co.gov.icetex.participa.consultation.importing;

import co.gov.icetex.participa.shared.validation.Refusal;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as rows of text. UTF-8 with or without a byte-order mark; the separator is the one of
 * comma, semicolon or tab found most often outside quotes in the first line (Excel in Colombia
 * writes semicolons, because the comma is the decimal separator).
 */
public final class CsvReader {

  private CsvReader() {}

  public static List<TableImporter.Row> read(String text) {
    char delimiter = delimiterOf(firstLine(text));
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    List<TableImporter.Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        if (rows.size() > ImportLimits.MAX_PARTS + 1) {
          throw Refusal.invalid(
              ImportLimits.FIELD, "editor.import.error.tooManyParts", ImportLimits.MAX_PARTS);
        }
        if (record.size() > ImportLimits.MAX_COLUMNS * 4) {
          throw Refusal.invalid(
              ImportLimits.FIELD, "editor.import.error.tooManyColumns", ImportLimits.MAX_COLUMNS);
        }
        rows.add(new TableImporter.Row((int) record.getRecordNumber(), record.toList()));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw Refusal.invalid(ImportLimits.FIELD, "editor.import.error.unreadable", "CSV");
    }
    return rows;
  }

  private static String firstLine(String text) {
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        return line;
      }
    }
    return "";
  }

  static char delimiterOf(String line) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        switch (c) {
          case ',' -> commas++;
          case ';' -> semicolons++;
          case '\t' -> tabs++;
          default -> {}
        }
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }
}
