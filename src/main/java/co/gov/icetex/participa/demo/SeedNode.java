package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One commentable part of an imported document, with the parts under it: a chapter, a section, a
 * paragraph or a table row (whose cells are its fields, in column order).
 */
public record SeedNode(
    PartKind kind,
    String numberLabel,
    String title,
    String body,
    List<PartField> fields,
    List<SeedNode> children) {

  public SeedNode {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    fields = fields == null ? List.of() : List.copyOf(fields);
    children = children == null ? List.of() : List.copyOf(children);
  }

  /** This node and every node under it, in document order. */
  public Stream<SeedNode> flatten() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(SeedNode::flatten));
  }

  /** The value of the field with this label, or null. */
  public String field(String label) {
    return fields.stream()
        .filter(f -> f.label().equals(label))
        .map(PartField::value)
        .findFirst()
        .orElse(null);
  }
}
