package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.io.Serializable;
import java.util.List;

/** A part as the editor lists it, with whether citizens have commented on it. */
public record EditorPart(
    long id,
    Long parentId,
    PartKind kind,
    int depth,
    String numberLabel,
    String title,
    String label,
    String body,
    List<PartField> fields,
    boolean hasObservations)
    implements Serializable {

  static EditorPart of(ConsultationPart p, boolean hasObservations) {
    return new EditorPart(
        p.getId(),
        p.getParent() == null ? null : p.getParent().getId(),
        p.getKind(),
        p.getDepth(),
        p.getNumberLabel(),
        p.getTitle(),
        p.getLabel(),
        p.getBody(),
        List.copyOf(p.getFields()),
        hasObservations);
  }

  public boolean tableRow() {
    return kind.isTableRow();
  }
}
