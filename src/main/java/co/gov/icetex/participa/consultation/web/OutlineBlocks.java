package co.gov.icetex.participa.consultation.web;

import co.gov.icetex.participa.consultation.application.PartView;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A document cut into what the consultation page draws: text parts one by one, and each run of
 * table rows as one table whose columns are named once.
 *
 * <p>Rows are numbered within the part that holds them (1, 2, 3… under "Plan de trabajo 2020"),
 * counting every row of that part in document order: the seed plans number their activities per
 * table, and a table that the page has to split (a row with other columns) keeps counting instead
 * of starting at 1 again, so "Actividad 4" means one row only under its part.
 */
final class OutlineBlocks {

  /** Something the outline draws as one item. */
  sealed interface Block permits Text, Table {}

  /** A chapter, section or paragraph. */
  record Text(PartView part) implements Block {}

  /**
   * Consecutive rows of one part, of one kind and with the same column labels. {@code parent} is
   * the part that holds them, or null when it is not in the list.
   */
  record Table(PartView parent, PartKind kind, List<String> columns, List<Row> rows)
      implements Block {

    /** The depth at which the rows sit in the outline. */
    int depth() {
      return rows.get(0).part().depth();
    }
  }

  /** A table row and its number within its part. */
  record Row(int number, PartView part) {}

  private OutlineBlocks() {}

  static List<Block> of(List<PartView> parts) {
    Map<Long, PartView> byId = new HashMap<>();
    Map<Long, Integer> rowsSoFar = new HashMap<>();
    List<Block> blocks = new ArrayList<>();
    TableBuilder table = null;
    for (PartView part : parts) {
      byId.put(part.id(), part);
      if (!part.tableRow()) {
        table = finish(table, blocks);
        blocks.add(new Text(part));
        continue;
      }
      int number =
          rowsSoFar.merge(part.parentId() == null ? -1L : part.parentId(), 1, Integer::sum);
      if (table == null || !table.takes(part)) {
        table = finish(table, blocks);
        table = new TableBuilder(part.parentId() == null ? null : byId.get(part.parentId()), part);
      }
      table.rows.add(new Row(number, part));
    }
    finish(table, blocks);
    return List.copyOf(blocks);
  }

  private static TableBuilder finish(TableBuilder table, List<Block> blocks) {
    if (table != null) {
      blocks.add(table.build());
    }
    return null;
  }

  private static List<String> columnsOf(PartView row) {
    return row.fields().stream().map(PartField::label).toList();
  }

  private static final class TableBuilder {
    private final PartView parent;
    private final PartView first;
    private final List<String> columns;
    private final List<Row> rows = new ArrayList<>();

    TableBuilder(PartView parent, PartView first) {
      this.parent = parent;
      this.first = first;
      this.columns = columnsOf(first);
    }

    boolean takes(PartView row) {
      return Objects.equals(row.parentId(), first.parentId())
          && row.kind() == first.kind()
          && columnsOf(row).equals(columns);
    }

    Table build() {
      return new Table(parent, first.kind(), columns, List.copyOf(rows));
    }
  }
}
