package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.consultation.domain.PartKind;
import java.util.List;
import java.util.stream.Stream;

/** The outline of an imported document: its top-level parts, each with the parts under it. */
public record SeedOutline(List<SeedNode> parts) {

  public SeedOutline {
    parts = List.copyOf(parts);
  }

  /** Every part, in document order. */
  public Stream<SeedNode> flatten() {
    return parts.stream().flatMap(SeedNode::flatten);
  }

  public long count(PartKind kind) {
    return flatten().filter(n -> n.kind() == kind).count();
  }

  /** The table rows, in document order. */
  public List<SeedNode> rows() {
    return flatten().filter(n -> n.kind().isTableRow()).toList();
  }
}
