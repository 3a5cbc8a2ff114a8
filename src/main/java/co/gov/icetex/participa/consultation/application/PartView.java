package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.util.List;

/**
 * A commentable part as pages and the API show it: an immutable copy, safe to share between
 * requests.
 */
public record PartView(
    Long id,
    Long parentId,
    PartKind kind,
    int depth,
    String numberLabel,
    String title,
    String label,
    String body,
    List<PartField> fields) {

  static PartView of(ConsultationPart p, Long parentId) {
    return new PartView(
        p.getId(),
        parentId,
        p.getKind(),
        p.getDepth(),
        p.getNumberLabel(),
        p.getTitle(),
        p.getLabel(),
        p.getBody(),
        List.copyOf(p.getFields()));
  }

  public boolean tableRow() {
    return kind.isTableRow();
  }
}
