package co.gov.icetex.participa.shared;

/**
 * CSV cells that a spreadsheet would run as a formula (OWASP's "CSV injection"): a text cell
 * starting with {@code = + - @}, a tab or a line break (or their full-width forms, which some
 * spreadsheets also accept) gets a leading apostrophe, so {@code =HYPERLINK(...)} typed by a
 * citizen reaches a staff member's Excel as text, not as a live link. Applied to every text cell of
 * every CSV the portal writes; the data dictionaries say so. JSON and XLSX (typed string cells)
 * need nothing.
 */
public final class SpreadsheetCells {

  private static final String FORMULA_STARTS = "=+-@\t\r\n＝＋－＠";

  private SpreadsheetCells() {}

  public static String neutralised(String value) {
    if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
      return value;
    }
    return "'" + value;
  }
}
