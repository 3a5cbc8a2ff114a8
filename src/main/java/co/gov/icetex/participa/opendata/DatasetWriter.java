package co.gov.icetex.participa.opendata;

import co.gov.icetex.participa.shared.SpreadsheetCells;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes datasets and their dictionaries. CSV: RFC 4180, comma-separated, UTF-8 without a
 * byte-order mark (what datos.gov.co and most tools read; a BOM ends up in the first column's name
 * for many of them), a header row of column names, CRLF line ends, text cells that a spreadsheet
 * would run as a formula neutralised with a leading apostrophe ({@link SpreadsheetCells}; the
 * dictionary says so). JSON: {@code {"dataset","columns","items","total"}} with typed values.
 * Instants are ISO-8601 in UTC, dates ISO-8601 (Bogotá calendar dates).
 */
public final class DatasetWriter {

  private static final CSVFormat CSV = CSVFormat.RFC4180;

  private DatasetWriter() {}

  public static void csv(DatasetRows data, OutputStream out) {
    List<String> header = data.dataset().columns().stream().map(Column::name).toList();
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, CSV)) {
      printer.printRecord(header);
      for (List<Object> row : data.rows()) {
        printer.printRecord(row.stream().map(DatasetWriter::csvCell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void json(DatasetRows data, OutputStream out) {
    List<Column> columns = data.dataset().columns();
    try (JsonGenerator g = Json.createGenerator(out)) {
      g.writeStartObject().write("dataset", data.dataset().slug()).writeStartArray("columns");
      for (Column c : columns) {
        g.writeStartObject()
            .write("name", c.name())
            .write("type", c.type().name())
            .write("description", c.description(data.dataset()))
            .writeEnd();
      }
      g.writeEnd().writeStartArray("items");
      for (List<Object> row : data.rows()) {
        g.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
          write(g, columns.get(i).name(), row.get(i));
        }
        g.writeEnd();
      }
      g.writeEnd().write("total", data.rows().size()).writeEnd();
    }
  }

  /** The data dictionary as CSV: one row per column with its type and Spanish description. */
  public static void dictionaryCsv(Dataset dataset, OutputStream out) {
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, CSV)) {
      printer.printRecord("column", "type", "type_label", "description");
      for (Column c : dataset.columns()) {
        printer.printRecord(c.name(), c.type().name(), c.typeLabel(), c.description(dataset));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(JsonGenerator g, String name, Object value) {
    if (value == null) {
      g.writeNull(name);
    } else if (value instanceof Boolean b) {
      g.write(name, b);
    } else if (value instanceof Integer n) {
      g.write(name, n);
    } else if (value instanceof Long n) {
      g.write(name, n);
    } else {
      g.write(name, text(value));
    }
  }

  /**
   * A CSV cell: text that a spreadsheet would run as a formula is neutralised; numbers stay
   * numbers.
   */
  static String csvCell(Object value) {
    return value instanceof String s ? SpreadsheetCells.neutralised(s) : text(value);
  }

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Instant || value instanceof LocalDate) {
      return value.toString();
    }
    return String.valueOf(value);
  }
}
