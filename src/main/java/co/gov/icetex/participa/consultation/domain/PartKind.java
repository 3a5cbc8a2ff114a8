package co.gov.icetex.participa.consultation.domain;

/**
 * The shapes a commentable part takes: text parts (chapter, section, paragraph) and table rows (a
 * plan activity, an indicator, a budget line).
 */
public enum PartKind {
  CHAPTER(false),
  SECTION(false),
  PARAGRAPH(false),
  ACTIVITY(true),
  INDICATOR(true),
  BUDGET_LINE(true);

  private final boolean tableRow;

  PartKind(boolean tableRow) {
    this.tableRow = tableRow;
  }

  public boolean isTableRow() {
    return tableRow;
  }
}
