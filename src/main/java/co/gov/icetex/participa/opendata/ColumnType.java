package co.gov.icetex.participa.opendata;

/**
 * The type of a dataset column as the data dictionary states it (labels: ColumnType.* in the
 * bundle).
 */
public enum ColumnType {
  TEXT,
  INTEGER,
  BOOLEAN,
  DATE,
  DATETIME,
  URL
}
