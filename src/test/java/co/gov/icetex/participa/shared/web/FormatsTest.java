package co.gov.icetex.participa.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * File sizes as the pages write them (the report's downloads, the consultation's files): es-CO; and
 * a part's depth in the editors' outlines.
 */
class FormatsTest {

  private final Formats fmt = new Formats();

  @Test
  void fileSizesUseTheColombianDecimalCommaAndBinaryUnits() {
    assertEquals("0 B", fmt.fileSize(0));
    assertEquals("1.023 B", fmt.fileSize(1023));
    assertEquals("1 KB", fmt.fileSize(1024));
    assertEquals("38,1 KB", fmt.fileSize(39051));
    assertEquals("245 KB", fmt.fileSize(245 * 1024));
    assertEquals("1.023,9 KB", fmt.fileSize(1024 * 1024 - 100));
    assertEquals("2,5 MB", fmt.fileSize(5 * 512 * 1024));
  }

  @Test
  void anOutlinePartIsIndentedOneEmSpacePerLevel() {
    assertEquals("", fmt.indent(0));
    assertEquals("\u2003\u2003", fmt.indent(2));
    assertEquals("", fmt.indent(-1));
  }
}
