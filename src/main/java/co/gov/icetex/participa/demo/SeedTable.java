package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.consultation.domain.PartField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A work-plan table being read row by row. Its header gives the columns; a data row is lined up
 * with them and an empty cell takes the value of the row above, because that is how a vertically
 * merged cell ("Subcomponente" spanning several activities) comes out of Word.
 */
final class SeedTable {

  private static final Pattern ACTIVITY_COLUMN = Pattern.compile("(?i)actividad.*");

  private final List<String> labels;
  private final int titleColumn;
  private List<String> previous;

  SeedTable(List<String> labels) {
    this.labels = List.copyOf(labels);
    int column = 0;
    for (int i = 0; i < labels.size(); i++) {
      if (ACTIVITY_COLUMN.matcher(labels.get(i)).matches()) {
        column = i;
        break;
      }
    }
    this.titleColumn = column;
  }

  List<String> labels() {
    return labels;
  }

  int width() {
    return labels.size();
  }

  /** A heading row spanning the table (e.g. "RESPONSABILIDAD") ends any merged cell above it. */
  void startGroup() {
    previous = null;
  }

  /** The row as an activity whose fields are the columns, in order. Cells are already cleaned. */
  SeedDraft row(List<String> cells) {
    List<String> values = align(cells);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isEmpty() && previous != null) {
        values.set(i, previous.get(i));
      }
    }
    previous = List.copyOf(values);
    List<PartField> fields = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      fields.add(new PartField(labels.get(i), values.get(i)));
    }
    String title = values.get(titleColumn);
    if (title.isEmpty()) {
      title = values.stream().filter(v -> !v.isEmpty()).findFirst().orElseThrow();
    }
    return SeedDraft.row(SeedText.shorten(title, SeedText.TITLE_LENGTH), fields);
  }

  /**
   * Drops empty cells that Word adds at the end of a row, and empty leading cells of a column the
   * header does not name, then pads the row to the header's width.
   */
  private List<String> align(List<String> cells) {
    List<String> values = new ArrayList<>(cells);
    while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
      values.remove(values.size() - 1);
    }
    while (values.size() > labels.size() && values.get(0).isEmpty()) {
      values.remove(0);
    }
    if (values.size() > labels.size()) {
      throw new IllegalArgumentException(
          "A row has more cells than its header " + labels + ": " + cells);
    }
    while (values.size() < labels.size()) {
      values.add("");
    }
    return values;
  }
}
