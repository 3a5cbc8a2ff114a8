package co.gov.icetex.participa.consultation.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartsPanelTest {

  private final PartsPanel panel = new PartsPanel();

  @Test
  void aCellsTextAreaHasRowsForItsTextBetweenTwoAndTwelve() {
    assertEquals(2, panel.rowsFor(null));
    assertEquals(2, panel.rowsFor("$ 98.450.000.000"));
    assertEquals(4, panel.rowsFor("x".repeat(200)), "about 60 characters a row");
    assertEquals(3, panel.rowsFor("uno\ndos\ntres"), "line breaks count");
    assertEquals(12, panel.rowsFor("x".repeat(5000)), "a very long cell scrolls");
  }
}
