package co.gov.icetex.participa.consultation.web;

import static co.gov.icetex.participa.consultation.web.OutlineBlocksTest.row;
import static co.gov.icetex.participa.consultation.web.OutlineBlocksTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import co.gov.icetex.participa.consultation.application.PartView;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentsEntryTest {

  private final List<PartView> plan =
      List.of(
          text(1, null, 0, null, "Introducción"),
          text(2, null, 0, "1", "Riesgos"),
          text(3, 2L, 1, null, "Plan de trabajo"),
          row(4, 3, 2, PartKind.ACTIVITY, "A"),
          row(5, 3, 2, PartKind.ACTIVITY, "A"),
          text(6, 2L, 1, "1.1", "Mapa"),
          text(7, null, 0, "2", "Trámites"));

  @Test
  void listsTextPartsNestedByParentAndLeavesRowsOut() {
    List<ContentsEntry> contents = ContentsEntry.of(plan, Map.of());

    assertEquals(List.of(1L, 2L, 7L), ids(contents));
    assertEquals(List.of(3L, 6L), ids(contents.get(1).children()));
    assertEquals(List.of(), contents.get(1).children().get(0).children(), "rows are not listed");
  }

  @Test
  void aPartCountsItsOwnObservationsAndEverythingBelowIt() {
    List<ContentsEntry> contents = ContentsEntry.of(plan, Map.of(2L, 1L, 4L, 2L, 5L, 3L, 6L, 4L));

    ContentsEntry risks = contents.get(1);
    assertEquals(10, risks.observations(), "1 on the chapter, 5 on its rows, 4 on 1.1");
    assertEquals(5, risks.children().get(0).observations(), "the rows of «Plan de trabajo»");
    assertEquals(4, risks.children().get(1).observations());
    assertEquals(0, contents.get(0).observations());
    assertEquals(0, contents.get(2).observations());
  }

  @Test
  void withoutCountsEveryPartHasNone() {
    List<ContentsEntry> contents = ContentsEntry.of(plan, null);

    assertEquals(0, contents.get(1).observations());
  }

  @Test
  void aPartWhoseParentIsMissingIsListedAtTheTop() {
    List<ContentsEntry> contents =
        ContentsEntry.of(List.of(text(9, 99L, 2, "3.1", "Suelta")), null);

    assertEquals(List.of(9L), ids(contents));
  }

  private static List<Long> ids(List<ContentsEntry> entries) {
    return entries.stream().map(e -> e.part().id()).toList();
  }
}
