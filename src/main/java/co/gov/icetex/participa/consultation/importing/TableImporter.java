package co.gov.icetex.participa.consultation.importing;

import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.shared.Folding;
import co.gov.icetex.participa.shared.PlainText;
import co.gov.icetex.participa.shared.validation.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Table rows from a grid of cells (read from XLSX or CSV): the first non-empty row holds the column
 * names, each later non-empty row becomes one part of the chosen kind with one cell per column. The
 * part's title is the cell of the column named {@code titleColumn}, or else of the first column
 * that holds text (not a number, amount or date).
 */
public final class TableImporter {

  private static final Pattern NUMERIC = Pattern.compile("^[\\s$€%+\\-.,/:()0-9]*$");

  private TableImporter() {}

  /**
   * @param rows the sheet's rows as read, in order, each with its 1-based row number first
   */
  public static List<ImportedPart> toParts(List<Row> rows, PartKind kind, String titleColumn) {
    if (kind == null || !kind.isTableRow()) {
      throw Refusal.invalid(ImportLimits.FIELD, "editor.import.error.kind");
    }
    List<Row> nonEmpty = rows.stream().filter(r -> !r.isBlank()).toList();
    if (nonEmpty.isEmpty()) {
      throw Refusal.invalid(ImportLimits.FIELD, "editor.import.error.noHeader");
    }
    List<String> headers = headers(nonEmpty.get(0));
    List<Row> data = nonEmpty.subList(1, nonEmpty.size());
    if (data.isEmpty()) {
      throw Refusal.invalid(ImportLimits.FIELD, "editor.import.error.noRows");
    }
    if (data.size() > ImportLimits.MAX_PARTS) {
      throw Refusal.invalid(
          ImportLimits.FIELD, "editor.import.error.tooManyParts", ImportLimits.MAX_PARTS);
    }
    int titleIndex = titleIndex(headers, data, titleColumn);
    List<ImportedPart> parts = new ArrayList<>();
    for (Row row : data) {
      List<PartField> fields = new ArrayList<>();
      int total = 0;
      for (int i = 0; i < headers.size(); i++) {
        String value = cell(row, i);
        if (value.length() > ImportLimits.MAX_CELL) {
          throw Refusal.invalid(
              ImportLimits.FIELD,
              "editor.import.error.cellTooLong",
              row.number(),
              headers.get(i),
              ImportLimits.MAX_CELL);
        }
        total += value.length() + headers.get(i).length();
        fields.add(new PartField(headers.get(i), value));
      }
      if (total > ImportLimits.MAX_ROW) {
        throw Refusal.invalid(
            ImportLimits.FIELD,
            "editor.import.error.rowTooLong",
            row.number(),
            ImportLimits.MAX_ROW);
      }
      String title = PlainText.singleLine(cell(row, titleIndex));
      if (title == null || title.isEmpty()) {
        title =
            fields.stream()
                .map(PartField::value)
                .filter(v -> !v.isBlank())
                .findFirst()
                .orElseThrow();
        title = PlainText.singleLine(title);
      }
      parts.add(new ImportedPart(kind, null, title, null, fields, List.of()));
    }
    return parts;
  }

  /** One row of a sheet: its number as people see it (1-based) and its cells' text. */
  public record Row(int number, List<String> cells) {
    public Row {
      cells = cells.stream().map(c -> c == null ? "" : c).toList();
    }

    boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  private static List<String> headers(Row row) {
    int width = row.cells().size();
    while (width > 0 && row.cells().get(width - 1).isBlank()) {
      width--;
    }
    if (width > ImportLimits.MAX_COLUMNS) {
      throw Refusal.invalid(
          ImportLimits.FIELD, "editor.import.error.tooManyColumns", ImportLimits.MAX_COLUMNS);
    }
    List<String> headers = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      String h = PlainText.singleLine(row.cells().get(i));
      if (h.length() > 200) {
        throw Refusal.invalid(
            ImportLimits.FIELD,
            "editor.import.error.cellTooLong",
            row.number(),
            h.substring(0, 30) + "…",
            200);
      }
      headers.add(h.isEmpty() ? "Columna " + (i + 1) : h);
    }
    return headers;
  }

  private static String cell(Row row, int index) {
    if (index >= row.cells().size()) {
      return "";
    }
    String value = PlainText.multiLine(row.cells().get(index));
    return value == null ? "" : value;
  }

  private static int titleIndex(List<String> headers, List<Row> data, String titleColumn) {
    if (titleColumn != null && !titleColumn.isBlank()) {
      String wanted = key(titleColumn);
      for (int i = 0; i < headers.size(); i++) {
        if (key(headers.get(i)).equals(wanted)) {
          return i;
        }
      }
      throw Refusal.invalid(
          ImportLimits.FIELD, "editor.import.error.titleColumn", titleColumn.strip());
    }
    for (int i = 0; i < headers.size(); i++) {
      String value = cell(data.get(0), i);
      if (!value.isBlank() && !NUMERIC.matcher(value).matches()) {
        return i;
      }
    }
    return 0;
  }

  private static String key(String s) {
    return Folding.fold(s);
  }
}
