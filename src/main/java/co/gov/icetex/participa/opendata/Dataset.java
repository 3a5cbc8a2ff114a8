package co.gov.icetex.participa.opendata;

import static co.gov.icetex.participa.opendata.ColumnType.BOOLEAN;
import static co.gov.icetex.participa.opendata.ColumnType.DATE;
import static co.gov.icetex.participa.opendata.ColumnType.DATETIME;
import static co.gov.icetex.participa.opendata.ColumnType.INTEGER;
import static co.gov.icetex.participa.opendata.ColumnType.TEXT;
import static co.gov.icetex.participa.opendata.ColumnType.URL;

import co.gov.icetex.participa.shared.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The open datasets and their columns: the one definition the CSV, the JSON and the data dictionary
 * are all written from, so the dictionary cannot drift from the files. Names are those of the API
 * (English, snake_case); the dictionary describes each column in Spanish.
 */
public enum Dataset {
  CONSULTATIONS(
      "consultations",
      col("slug", TEXT),
      col("title", TEXT),
      col("type", TEXT),
      col("type_label", TEXT),
      col("year", INTEGER),
      col("office", TEXT),
      col("summary", TEXT),
      col("state", TEXT),
      col("opens_at", DATETIME),
      col("closes_at", DATETIME),
      col("version", INTEGER),
      col("published_at", DATETIME),
      col("parts", INTEGER),
      col("url", URL)),
  PARTS(
      "parts",
      col("consultation_slug", TEXT),
      col("part_id", INTEGER),
      col("parent_id", INTEGER),
      col("position", INTEGER),
      col("depth", INTEGER),
      col("kind", TEXT),
      col("number", TEXT),
      col("title", TEXT),
      col("body", TEXT),
      col("fields", TEXT),
      col("url", URL)),
  ANSWERS(
      "answers",
      col("tracking_code", TEXT),
      col("consultation_slug", TEXT),
      col("consultation_title", TEXT),
      col("year", INTEGER),
      col("consultation_type", TEXT),
      col("part_id", INTEGER),
      col("part_label", TEXT),
      col("received_at", DATETIME),
      col("stakeholder_group", TEXT),
      col("department_code", TEXT),
      col("department_name", TEXT),
      col("channel", TEXT),
      col("author", TEXT),
      col("text", TEXT),
      col("outcome", TEXT),
      col("answer_text", TEXT),
      col("office", TEXT),
      col("published_at", DATETIME),
      col("due_date", DATE),
      col("on_time", BOOLEAN),
      col("url", URL),
      col("observation_count", INTEGER),
      col("campaign_members", TEXT)),
  STATISTICS(
      "statistics",
      col("dimension", TEXT),
      col("code", TEXT),
      col("label", TEXT),
      col("count", INTEGER),
      col("percent", INTEGER));

  private final String slug;
  private final List<Column> columns;

  Dataset(String slug, Column... columns) {
    this.slug = slug;
    this.columns = List.of(columns);
  }

  private static Column col(String name, ColumnType type) {
    return new Column(name, type);
  }

  public static Optional<Dataset> ofSlug(String slug) {
    return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
  }

  public String slug() {
    return slug;
  }

  public List<Column> columns() {
    return columns;
  }

  public String title() {
    return Messages.get("openData.dataset." + slug + ".title");
  }

  public String description() {
    return Messages.get("openData.dataset." + slug + ".description");
  }

  /** For EL (records' accessors are fine, enums' are not properties). */
  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title();
  }

  public String getDescription() {
    return description();
  }

  public List<Column> getColumns() {
    return columns;
  }
}
