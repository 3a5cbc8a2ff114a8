package co.gov.icetex.participa.opendata;

import co.gov.icetex.participa.shared.Messages;

/**
 * One column of a dataset: its name (the CSV header and JSON key), its type and, in the bundle,
 * what it means.
 */
public record Column(String name, ColumnType type) {

  public String description(Dataset dataset) {
    return Messages.get("openData.column." + dataset.slug() + "." + name);
  }

  public String typeLabel() {
    return Messages.get("ColumnType." + type.name());
  }
}
