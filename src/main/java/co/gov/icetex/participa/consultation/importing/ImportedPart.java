package co.gov.icetex.participa.consultation.importing;

import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.util.List;

/** A part read from a file, with the parts under it, ready to be added to a draft in this order. */
public record ImportedPart(
    PartKind kind,
    String numberLabel,
    String title,
    String body,
    List<PartField> fields,
    List<ImportedPart> children) {

  public ImportedPart {
    fields = fields == null ? List.of() : List.copyOf(fields);
    children = children == null ? List.of() : List.copyOf(children);
  }

  /** This part and all under it. */
  public int count() {
    return 1 + children.stream().mapToInt(ImportedPart::count).sum();
  }
}
