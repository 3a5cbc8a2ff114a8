package co.gov.icetex.participa.consultation.domain;

import java.io.Serializable;
import java.util.Objects;

/** One labelled cell of a table row, e.g. "Responsable" = "Oficina de Riesgos". */
public record PartField(String label, String value) implements Serializable {
  public PartField {
    Objects.requireNonNull(label, "label");
    value = value == null ? "" : value;
  }
}
