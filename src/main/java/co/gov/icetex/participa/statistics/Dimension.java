package co.gov.icetex.participa.statistics;

/** A way of breaking down the observations; {@code column} is the SQL expression grouped by. */
public enum Dimension {
  TYPE("c.type"),
  GROUP("o.stakeholder_group"),
  DEPARTMENT("o.department_code"),
  CHANNEL("o.channel"),
  YEAR("c.year");

  private final String column;

  Dimension(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }
}
