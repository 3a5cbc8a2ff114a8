package co.gov.icetex.participa.consultation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import co.gov.icetex.participa.consultation.application.PartView;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineBlocksTest {

  static PartView text(long id, Long parent, int depth, String number, String title) {
    return new PartView(
        id,
        parent,
        depth == 0 ? PartKind.CHAPTER : PartKind.SECTION,
        depth,
        number,
        title,
        number == null ? title : number + " " + title,
        null,
        List.of());
  }

  static PartView row(long id, long parent, int depth, PartKind kind, String... labels) {
    List<PartField> cells =
        java.util.Arrays.stream(labels).map(l -> new PartField(l, "valor " + id)).toList();
    return new PartView(id, parent, kind, depth, null, "fila " + id, "fila " + id, null, cells);
  }

  @Test
  void rowsOfOnePartMakeOneTableNumberedFromOne() {
    PartView plan = text(1, null, 0, "1", "Gestión");
    List<OutlineBlocks.Block> blocks =
        OutlineBlocks.of(
            List.of(
                plan,
                row(2, 1, 1, PartKind.ACTIVITY, "Actividades", "Meta"),
                row(3, 1, 1, PartKind.ACTIVITY, "Actividades", "Meta"),
                row(4, 1, 1, PartKind.ACTIVITY, "Actividades", "Meta")));

    assertEquals(2, blocks.size());
    assertEquals(plan, ((OutlineBlocks.Text) blocks.get(0)).part());
    OutlineBlocks.Table table = assertInstanceOf(OutlineBlocks.Table.class, blocks.get(1));
    assertEquals(plan, table.parent());
    assertEquals(PartKind.ACTIVITY, table.kind());
    assertEquals(List.of("Actividades", "Meta"), table.columns());
    assertEquals(List.of(1, 2, 3), table.rows().stream().map(OutlineBlocks.Row::number).toList());
    assertEquals(List.of(2L, 3L, 4L), table.rows().stream().map(r -> r.part().id()).toList());
    assertEquals(1, table.depth());
  }

  @Test
  void eachPartNumbersItsOwnRows() {
    List<OutlineBlocks.Block> blocks =
        OutlineBlocks.of(
            List.of(
                text(1, null, 0, "1", "Uno"),
                row(2, 1, 1, PartKind.ACTIVITY, "A"),
                row(3, 1, 1, PartKind.ACTIVITY, "A"),
                text(4, null, 0, "2", "Dos"),
                row(5, 4, 1, PartKind.ACTIVITY, "A")));

    assertEquals(4, blocks.size());
    OutlineBlocks.Table second = (OutlineBlocks.Table) blocks.get(3);
    assertEquals(1, second.rows().get(0).number(), "a new part starts again at 1");
  }

  @Test
  void rowsWithOtherColumnsStartAnotherTableButKeepCounting() {
    List<OutlineBlocks.Block> blocks =
        OutlineBlocks.of(
            List.of(
                text(1, null, 0, null, "Plan"),
                row(2, 1, 1, PartKind.ACTIVITY, "A", "B"),
                row(3, 1, 1, PartKind.ACTIVITY, "A", "C"),
                row(4, 1, 1, PartKind.INDICATOR, "A", "C")));

    assertEquals(4, blocks.size());
    OutlineBlocks.Table other = (OutlineBlocks.Table) blocks.get(2);
    assertEquals(List.of("A", "C"), other.columns());
    assertEquals(2, other.rows().get(0).number(), "still the second row of «Plan»");
    OutlineBlocks.Table indicators = (OutlineBlocks.Table) blocks.get(3);
    assertEquals(PartKind.INDICATOR, indicators.kind());
    assertEquals(3, indicators.rows().get(0).number());
  }

  @Test
  void aTextPartBetweenRowsOfOnePartSplitsTheTableAndTheCountGoesOn() {
    List<OutlineBlocks.Block> blocks =
        OutlineBlocks.of(
            List.of(
                text(1, null, 0, null, "Plan"),
                row(2, 1, 1, PartKind.ACTIVITY, "A"),
                text(3, 1L, 1, null, "Nota"),
                row(4, 1, 1, PartKind.ACTIVITY, "A")));

    assertEquals(4, blocks.size());
    assertEquals(2, ((OutlineBlocks.Table) blocks.get(3)).rows().get(0).number());
  }

  @Test
  void aRowWhoseParentIsNotListedHasATableWithoutParent() {
    List<OutlineBlocks.Block> blocks =
        OutlineBlocks.of(List.of(row(7, 3, 2, PartKind.BUDGET_LINE, "Rubro")));

    OutlineBlocks.Table table = (OutlineBlocks.Table) blocks.get(0);
    assertNull(table.parent());
    assertEquals(1, table.rows().get(0).number());
  }

  @Test
  void nothingGivesNothing() {
    assertEquals(List.of(), OutlineBlocks.of(List.of()));
  }
}
