package co.gov.icetex.participa.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

  @Test
  void cellsAFormulaWouldStartWithGetALeadingApostrophe() {
    assertEquals(
        "'=HYPERLINK(\"http://x\",\"clic\")",
        SpreadsheetCells.neutralised("=HYPERLINK(\"http://x\",\"clic\")"));
    for (String start : new String[] {"+", "-", "@", "\t", "\r", "\n", "＝"}) {
      assertEquals("'" + start + "1+1", SpreadsheetCells.neutralised(start + "1+1"), start);
    }
  }

  @Test
  void everyOtherCellIsLeftAlone() {
    assertEquals("Plan = meta", SpreadsheetCells.neutralised("Plan = meta"));
    assertEquals(
        " =1+1", SpreadsheetCells.neutralised(" =1+1"), "a leading space is text to a spreadsheet");
    assertEquals("", SpreadsheetCells.neutralised(""));
    assertNull(SpreadsheetCells.neutralised(null));
  }
}
